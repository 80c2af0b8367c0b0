import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { AgsSchema } from "./municipality";
import { IdSchema } from "./tenant";

/**
 * Workshop mode (issue 14): one schema per concept — the workshop, a block's configuration (one variant per block
 * type) and a participant's answer (checked against the block's configuration). Outside input is parsed strictly.
 */
export const BLOCK_TYPES = ["ratings", "singleChoice", "multipleChoice", "scale", "consensus", "dotVote", "ranking", "weighting", "ideas", "openText"] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export const ROLE_LABELS = ["Rat", "Verwaltung", "Ärzteschaft", "Pflege/Therapie", "KV", "Kreis", "Bürgerschaft"] as const;
export const RoleLabelSchema = z.enum(ROLE_LABELS, { error: "Bitte eine der angebotenen Rollen wählen." });

const Key = safeText().trim().min(1).max(64).regex(/^[a-z0-9-]+$/i, "Schlüssel: nur Buchstaben, Ziffern und Bindestriche.");
const Text = (max: number) => safeText().trim().min(1, "fehlt").max(max, `höchstens ${max} Zeichen`);
const OptionSchema = z.strictObject({ key: Key, label: Text(200) });
const Options = z
  .array(OptionSchema)
  .min(2, "Mindestens zwei Antwortmöglichkeiten.")
  .max(30)
  .refine((o) => new Set(o.map((x) => x.key)).size === o.length, "Jede Antwortmöglichkeit braucht einen eigenen Schlüssel.");

/** Where the block came from (template key) — kept for the results page. */
const Common = { prompt: Text(300), template: safeText().max(40).optional() };

export const BlockConfigSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("ratings"), ...Common, categories: Options, allowUnknown: z.boolean().default(true) }),
  z.strictObject({ type: z.literal("singleChoice"), ...Common, options: Options }),
  z.strictObject({ type: z.literal("multipleChoice"), ...Common, options: Options }),
  z
    .strictObject({ type: z.literal("scale"), ...Common, min: z.int().min(0).max(10), max: z.int().min(1).max(10), minLabel: safeText().max(60).optional(), maxLabel: safeText().max(60).optional() })
    .refine((c) => c.max > c.min, "Das Maximum muss größer als das Minimum sein."),
  z.strictObject({ type: z.literal("consensus"), ...Common }),
  z.strictObject({ type: z.literal("dotVote"), ...Common, options: Options, dots: z.int().min(1).max(20), stacking: z.boolean(), ideasFromBlockId: IdSchema.optional() }),
  z.strictObject({ type: z.literal("ranking"), ...Common, options: Options }),
  z.strictObject({ type: z.literal("weighting"), ...Common, options: Options, points: z.int().min(2).max(100) }),
  z.strictObject({ type: z.literal("ideas"), ...Common, maxLength: z.int().min(20).max(500).default(280) }),
  z.strictObject({ type: z.literal("openText"), ...Common, maxLength: z.int().min(20).max(1000).default(500) }),
]);
export type BlockConfig = z.output<typeof BlockConfigSchema>;
export type BlockConfigOf<T extends BlockType> = Extract<BlockConfig, { type: T }>;

/** The value of one rating: 1–5 or "weiß nicht" (unknown). */
export const RatingValueSchema = z.union([z.int().min(1).max(5), z.literal("unknown")]);

/** An answer as stored (type-tagged). Checked against its block's configuration by `parseAnswer`. */
export const AnswerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("ratings"), ratings: z.record(Key, RatingValueSchema) }),
  z.strictObject({ type: z.literal("singleChoice"), choice: Key }),
  z.strictObject({ type: z.literal("multipleChoice"), choices: z.array(Key).max(30) }),
  z.strictObject({ type: z.literal("scale"), value: z.int() }),
  z.strictObject({ type: z.literal("consensus"), value: z.int().min(1).max(5) }),
  z.strictObject({ type: z.literal("dotVote"), dots: z.record(Key, z.int().min(0).max(20)) }),
  z.strictObject({ type: z.literal("ranking"), order: z.array(Key).max(30) }),
  z.strictObject({ type: z.literal("weighting"), points: z.record(Key, z.int().min(0).max(100)) }),
  z.strictObject({ type: z.literal("openText"), text: Text(1000) }),
]);
export type Answer = z.output<typeof AnswerSchema>;

export class AnswerRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnswerRejected";
  }
}

/** A moderator's input that does not fit the workshop (German message; nothing is changed). */
export class WorkshopInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkshopInputError";
  }
}

const keysOf = (options: readonly { key: string }[]) => new Set(options.map((o) => o.key));

/** Parses an answer and checks it against the block (known keys, budgets, stacking rule); German message on failure. */
export function parseAnswer(config: BlockConfig, input: unknown): Answer {
  const parsed = AnswerSchema.safeParse(input);
  if (!parsed.success) throw new AnswerRejected("Die Antwort ist unvollständig oder hat ein falsches Format.");
  const answer = parsed.data;
  if (answer.type !== config.type) throw new AnswerRejected("Die Antwort passt nicht zu dieser Frage.");
  const unknownKey = (keys: Iterable<string>, allowed: Set<string>) => {
    for (const k of keys) if (!allowed.has(k)) throw new AnswerRejected("Die Antwort nennt eine Möglichkeit, die es nicht gibt.");
  };
  switch (answer.type) {
    case "ratings": {
      const c = config as BlockConfigOf<"ratings">;
      unknownKey(Object.keys(answer.ratings), keysOf(c.categories));
      if (Object.keys(answer.ratings).length === 0) throw new AnswerRejected("Bitte mindestens eine Kategorie bewerten.");
      if (!c.allowUnknown && Object.values(answer.ratings).includes("unknown")) throw new AnswerRejected("„Weiß nicht“ ist hier nicht vorgesehen.");
      return answer;
    }
    case "singleChoice":
      unknownKey([answer.choice], keysOf((config as BlockConfigOf<"singleChoice">).options));
      return answer;
    case "multipleChoice":
      unknownKey(answer.choices, keysOf((config as BlockConfigOf<"multipleChoice">).options));
      if (answer.choices.length === 0) throw new AnswerRejected("Bitte mindestens eine Möglichkeit wählen.");
      return { ...answer, choices: [...new Set(answer.choices)] };
    case "scale": {
      const c = config as BlockConfigOf<"scale">;
      if (answer.value < c.min || answer.value > c.max) throw new AnswerRejected(`Bitte einen Wert von ${c.min} bis ${c.max} wählen.`);
      return answer;
    }
    case "consensus":
      return answer;
    case "dotVote": {
      const c = config as BlockConfigOf<"dotVote">;
      // A dot vote over ideas has its options (keys "idea-<id>") refreshed from the idea wall when it opens.
      unknownKey(Object.keys(answer.dots), keysOf(c.options));
      const used = Object.values(answer.dots).reduce((a, b) => a + b, 0);
      if (used === 0) throw new AnswerRejected("Bitte mindestens einen Punkt vergeben.");
      if (used > c.dots) throw new AnswerRejected(`Sie haben ${used} Punkte vergeben, erlaubt sind ${c.dots}.`);
      if (!c.stacking && Object.values(answer.dots).some((d) => d > 1)) throw new AnswerRejected("Pro Möglichkeit ist höchstens ein Punkt erlaubt.");
      return { ...answer, dots: Object.fromEntries(Object.entries(answer.dots).filter(([, d]) => d > 0)) };
    }
    case "ranking": {
      const c = config as BlockConfigOf<"ranking">;
      unknownKey(answer.order, keysOf(c.options));
      if (new Set(answer.order).size !== answer.order.length) throw new AnswerRejected("Jeder Rang darf nur einmal vergeben werden.");
      if (answer.order.length === 0) throw new AnswerRejected("Bitte mindestens den ersten Rang vergeben.");
      return answer;
    }
    case "weighting": {
      const c = config as BlockConfigOf<"weighting">;
      unknownKey(Object.keys(answer.points), keysOf(c.options));
      const used = Object.values(answer.points).reduce((a, b) => a + b, 0);
      if (used !== c.points) throw new AnswerRejected(`Bitte genau ${c.points} Punkte verteilen (vergeben: ${used}).`);
      return answer;
    }
    case "openText": {
      const c = config as BlockConfigOf<"openText">;
      if (answer.text.length > c.maxLength) throw new AnswerRejected(`Höchstens ${c.maxLength} Zeichen.`);
      return answer;
    }
  }
}

export const WorkshopParamsSchema = z.object({ orgId: IdSchema });
export const WorkshopItemParamsSchema = z.object({ orgId: IdSchema, id: IdSchema });

export const CreateWorkshopSchema = z.strictObject({
  ags: AgsSchema,
  title: Text(200),
  date: z.iso.date("Bitte ein Datum im Format JJJJ-MM-TT."),
  retentionMonths: z.int().min(1).max(60).default(12),
});
export type CreateWorkshopInput = z.output<typeof CreateWorkshopSchema>;

export const UpdateWorkshopSchema = z
  .strictObject({
    version: z.int().min(1),
    title: Text(200).optional(),
    date: z.iso.date().optional(),
    retentionMonths: z.int().min(1).max(60).optional(),
    status: z.enum(["DRAFT", "LIVE", "ENDED"]).optional(),
  })
  .refine((u) => Object.keys(u).length > 1, { message: "Bitte etwas ändern.", path: ["title"] });
export type UpdateWorkshopInput = z.output<typeof UpdateWorkshopSchema>;

export const AddBlockSchema = z.strictObject({ config: BlockConfigSchema });
export const BlockActionSchema = z.enum(["open", "close", "reveal", "reset"], { error: "Unbekannte Aktion." });
export const MoveDirectionSchema = z.enum(["up", "down"], { error: "Bitte nach oben oder unten verschieben." });
export type MoveDirection = z.infer<typeof MoveDirectionSchema>;

/** Idea moderation from the control view: hide/show, merge into another idea of the block, a cluster heading. */
export const IdeaModerationSchema = z.strictObject({
  hidden: z.boolean().optional(),
  mergedIntoId: IdSchema.nullable().optional(),
  cluster: safeText().trim().max(80, "Die Überschrift ist zu lang (höchstens 80 Zeichen).").nullable().optional(),
});
export type IdeaModeration = z.output<typeof IdeaModerationSchema>;
export type BlockAction = z.infer<typeof BlockActionSchema>;

export const JoinSchema = z.strictObject({ code: safeText().max(20), role: RoleLabelSchema.optional() });
export const IdeaTextSchema = z.strictObject({ text: Text(500) });

/** Counts from a paper flipchart: per option key (or rating "category:value") a non-negative count. */
export const PaperCountsSchema = z.record(safeText().max(80), z.int().min(0).max(10000));

/** The editor's confirmation of a ratings block's proposal (issue 14): the assessment version read and the answers chosen. */
export const RatingsAdoptionSchema = z.strictObject({
  version: z.int({ error: "Die Version der Selbsteinschätzung fehlt." }).min(1, "Die Version der Selbsteinschätzung fehlt."),
  fields: z
    .array(z.string().regex(/^[a-zA-Z]+\.[a-zA-Z0-9]+$/, "Unbekannte Antwort."), { error: "Bitte die zu übernehmenden Antworten angeben." })
    .min(1, "Bitte mindestens eine Antwort zum Übernehmen auswählen.")
    .max(100, "Höchstens 100 Antworten."),
});
export type RatingsAdoptionBody = z.infer<typeof RatingsAdoptionSchema>;
