import { FACTOR_CATEGORIES, FACTOR_CATEGORY_LABELS_DE, MODEL_LABELS_DE } from "@/lib/domain/ids";
import { BlockConfigSchema, type BlockConfig } from "@/lib/domain/schemas/workshop";

/**
 * Ready block templates of the workshop mode (issue 14). Each returns a block configuration the moderator can edit
 * before adding it. Sources of the domain content:
 * - Ratings: the self-check's success-factor categories (lib/domain/ids.ts FACTOR_CATEGORIES, whose factors cite
 *   their sources in lib/knowledge/factors.ts); scale 1–5 plus "weiß nicht" is the product's assumption (issue 14).
 * - Model vote: the carrier models of the knowledge base (lib/domain/ids.ts MODEL_LABELS_DE); the choice
 *   "Netzwerk oder MVZ" is the guiding question of the Dörentrup Kleinstadt-Akademie
 *   (../shared/sources/kleinstadt-akademie-doerentrup-2025-einladung.txt, line 10: "Welche strukturellen Vor- und
 *   Nachteile haben informelle Netzwerke gegenüber kommunalen Medizinischen Versorgungszentren (MVZ)?"); the
 *   results name the three approaches network, municipal MVZ and health centre
 *   (kleinstadt-akademie-doerentrup-2025-ergebnisse.txt, line 14). "noch unentschieden": issue 14.
 * - Ideas prompts: issue 14 ("Was bereitet Ihnen die größte Sorge?", "Wen müssen wir einbinden?").
 * - Dot voting defaults (3 dots, no stacking): the product's assumption.
 * - Consensus check: rule in lib/domain/workshop/aggregate.ts (SCIROCCO as quoted in issue 14).
 * - Weighting (100 points): the product's assumption.
 */
export const TEMPLATE_KEYS = ["ratings", "modelVote", "ideasConcerns", "ideasStakeholders", "dotVote", "consensus", "weighting", "ranking", "measures"] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

const parse = (config: unknown): BlockConfig => BlockConfigSchema.parse(config);

export function ratingsTemplate(): BlockConfig {
  return parse({
    type: "ratings",
    template: "ratings",
    prompt: "Wie gut ist unsere Gemeinde bei diesen Erfolgsfaktoren aufgestellt? (1 = gar nicht, 5 = sehr gut)",
    categories: FACTOR_CATEGORIES.map((key) => ({ key, label: FACTOR_CATEGORY_LABELS_DE[key] })),
    allowUnknown: true,
  });
}

export function modelVoteTemplate(): BlockConfig {
  return parse({
    type: "singleChoice",
    template: "modelVote",
    prompt: "Welches Trägermodell sollten wir verfolgen?",
    options: [
      { key: "provider-network", label: MODEL_LABELS_DE["provider-network"] },
      { key: "municipal-mvz", label: MODEL_LABELS_DE["municipal-mvz"] },
      { key: "health-centre", label: MODEL_LABELS_DE["health-centre"] },
      { key: "port", label: MODEL_LABELS_DE.port },
      { key: "undecided", label: "Noch unentschieden" },
    ],
  });
}

export function ideasTemplate(kind: "concerns" | "stakeholders"): BlockConfig {
  return parse({
    type: "ideas",
    template: kind === "concerns" ? "ideasConcerns" : "ideasStakeholders",
    prompt: kind === "concerns" ? "Was bereitet Ihnen die größte Sorge?" : "Wen müssen wir einbinden?",
    maxLength: 280,
  });
}

/** Punktabfrage over the (moderated) ideas of an ideas block; options are the visible ideas when it opens. */
export function dotVoteTemplate(options: ReadonlyArray<{ key: string; label: string }>, dots = 3, stacking = false, ideasFromBlockId?: string): BlockConfig {
  return parse({ type: "dotVote", template: "dotVote", prompt: "Was sollten wir zuerst angehen? Verteilen Sie Ihre Punkte.", options, dots, stacking, ...(ideasFromBlockId ? { ideasFromBlockId } : {}) });
}

export function consensusTemplate(statement: string): BlockConfig {
  return parse({ type: "consensus", template: "consensus", prompt: statement });
}

export function weightingTemplate(): BlockConfig {
  return parse({
    type: "weighting",
    template: "weighting",
    prompt: "Was ist uns am wichtigsten? Verteilen Sie 100 Punkte.",
    options: FACTOR_CATEGORIES.map((key) => ({ key, label: FACTOR_CATEGORY_LABELS_DE[key] })),
    points: 100,
  });
}

/** Weighting as a ranking: order the success-factor categories (Borda count, lib/domain/workshop/aggregate.ts). */
export function rankingTemplate(): BlockConfig {
  return parse({
    type: "ranking",
    template: "ranking",
    prompt: "Was ist uns am wichtigsten? Bringen Sie die Erfolgsfaktoren in eine Reihenfolge.",
    options: FACTOR_CATEGORIES.map((key) => ({ key, label: FACTOR_CATEGORY_LABELS_DE[key] })),
  });
}

/** Dot voting over catalogue measures (the caller filters them to the town's gaps) and ideas. */
export function measuresTemplate(options: ReadonlyArray<{ key: string; label: string }>, dots = 3, stacking = true): BlockConfig {
  return parse({
    type: "dotVote",
    template: "measures",
    prompt: "Welche Maßnahmen sollen in unseren Handlungsplan?",
    options: options.map((o) => ({ key: o.key, label: o.label.slice(0, 200) })),
    dots,
    stacking,
  });
}

/** A block of the moderator's own: single or multiple choice, a scale or open text. */
export type CustomBlockInput =
  | { type: "singleChoice" | "multipleChoice"; prompt: string; options: readonly string[] }
  | { type: "scale"; prompt: string; min: number; max: number; minLabel?: string; maxLabel?: string }
  | { type: "openText"; prompt: string };

export function customTemplate(input: CustomBlockInput): BlockConfig {
  switch (input.type) {
    case "singleChoice":
    case "multipleChoice":
      return parse({ type: input.type, template: "custom", prompt: input.prompt, options: input.options.map((label, i) => ({ key: `option-${i + 1}`, label })) });
    case "scale":
      return parse({ type: "scale", template: "custom", prompt: input.prompt, min: input.min, max: input.max, ...(input.minLabel ? { minLabel: input.minLabel } : {}), ...(input.maxLabel ? { maxLabel: input.maxLabel } : {}) });
    case "openText":
      return parse({ type: "openText", template: "custom", prompt: input.prompt });
  }
}

/**
 * What the control view's "add a block" form offers: the templates (the consensus check asks for its statement, the
 * dot vote for its ideas block, dots and stacking rule; the measures vote for dots and optionally an ideas block) and
 * the moderator's own blocks.
 */
export const MODERATOR_TEMPLATES = ["ratings", "modelVote", "ideasConcerns", "ideasStakeholders", "dotVote", "measures", "weighting", "ranking", "consensus", "customSingle", "customMultiple", "customScale", "customText"] as const;
export type ModeratorTemplate = (typeof MODERATOR_TEMPLATES)[number];
