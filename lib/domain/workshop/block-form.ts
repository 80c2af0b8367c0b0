import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";
import { IdSchema } from "@/lib/domain/schemas/tenant";
import { consensusTemplate, customTemplate, dotVoteTemplate, ideasTemplate, measuresTemplate, MODERATOR_TEMPLATES, modelVoteTemplate, rankingTemplate, ratingsTemplate, weightingTemplate } from "./templates";

/**
 * The control view's "add a block" form (a plain form post) → a block configuration. Fields: `template`, and per
 * template `statement` (consensus), `ideasBlockId`, `dots`, `stacking` (dot vote, measures), `prompt` + `options`
 * (one per line; custom choice), `prompt` + `min`/`max`/`minLabel`/`maxLabel` (custom scale), `prompt` (custom
 * text). Options that come from the database (the idea wall, the town's gaps) are read through `sources`.
 * Any problem → a ZodError or the source's error with a German message; nothing is added.
 */
export interface BlockSources {
  /** Visible ideas of an ideas block of this workshop as options. */
  ideaOptions(blockId: string): Promise<Array<{ key: string; label: string }>>;
  /** Catalogue measures for the town's gaps (+ the ideas of the block, if given). */
  measureOptions(ideasBlockId: string | null): Promise<Array<{ key: string; label: string }>>;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const Prompt = safeText().trim().min(1, "Bitte eine Frage eingeben.").max(300, "Die Frage ist zu lang (höchstens 300 Zeichen).");
const Dots = z.coerce.number({ error: "Bitte die Zahl der Punkte angeben." }).int("Punkte: eine ganze Zahl.").min(1, "Mindestens 1 Punkt.").max(20, "Höchstens 20 Punkte.");
const ScaleEnd = z.coerce.number({ error: "Bitte Zahlen für die Skala angeben." }).int("Die Skala hat ganze Zahlen.").min(0, "Die Skala beginnt frühestens bei 0.").max(10, "Die Skala endet spätestens bei 10.");

export async function blockConfigFromForm(form: FormData, sources: BlockSources): Promise<BlockConfig> {
  const template = z.enum(MODERATOR_TEMPLATES, { error: "Bitte eine Vorlage wählen." }).parse(field(form, "template"));
  const dots = () => Dots.parse(field(form, "dots") || "3");
  const stacking = form.get("stacking") === "on" || form.get("stacking") === "1";
  switch (template) {
    case "ratings":
      return ratingsTemplate();
    case "modelVote":
      return modelVoteTemplate();
    case "ideasConcerns":
      return ideasTemplate("concerns");
    case "ideasStakeholders":
      return ideasTemplate("stakeholders");
    case "weighting":
      return weightingTemplate();
    case "ranking":
      return rankingTemplate();
    case "consensus":
      return consensusTemplate(Prompt.parse(field(form, "statement")));
    case "dotVote": {
      const ideasBlockId = IdSchema.parse(field(form, "ideasBlockId") || undefined, { error: () => "Bitte den Ideen-Block wählen, über dessen Ideen abgestimmt wird." });
      const options = await sources.ideaOptions(ideasBlockId);
      return dotVoteTemplate(options.length >= 2 ? options : [{ key: "placeholder-1", label: "(Ideen folgen beim Öffnen)" }, { key: "placeholder-2", label: "(Ideen folgen beim Öffnen)" }], dots(), stacking, ideasBlockId);
    }
    case "measures": {
      const ideasBlockId = field(form, "ideasBlockId") ? IdSchema.parse(field(form, "ideasBlockId")) : null;
      return measuresTemplate(await sources.measureOptions(ideasBlockId), dots(), stacking);
    }
    case "customSingle":
    case "customMultiple": {
      const options = z
        .array(safeText().trim().min(1).max(200, "Eine Antwortmöglichkeit hat höchstens 200 Zeichen."))
        .min(2, "Bitte mindestens zwei Antwortmöglichkeiten eingeben (eine pro Zeile).")
        .max(30, "Höchstens 30 Antwortmöglichkeiten.")
        .parse(
          field(form, "options")
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
        );
      return customTemplate({ type: template === "customSingle" ? "singleChoice" : "multipleChoice", prompt: Prompt.parse(field(form, "prompt")), options });
    }
    case "customScale": {
      const min = ScaleEnd.parse(field(form, "min") || "1");
      const max = ScaleEnd.parse(field(form, "max") || "5");
      if (max <= min) throw new z.ZodError([{ code: "custom", path: ["max"], message: "Das Maximum der Skala muss größer als das Minimum sein.", input: max }]);
      const label = safeText().trim().max(60, "Eine Beschriftung hat höchstens 60 Zeichen.");
      return customTemplate({ type: "scale", prompt: Prompt.parse(field(form, "prompt")), min, max, minLabel: label.parse(field(form, "minLabel")), maxLabel: label.parse(field(form, "maxLabel")) });
    }
    case "customText":
      return customTemplate({ type: "openText", prompt: Prompt.parse(field(form, "prompt")) });
  }
}
