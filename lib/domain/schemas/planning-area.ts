import { z } from "zod";
import "@/lib/domain/zod-german";
import { AgsSchema } from "@/lib/domain/schemas/municipality";
import { safeText } from "@/lib/domain/text";

/** A county's planning area (issue 17): a name, its towns (AGS of the Kreis) and the KV's published Versorgungsgrad and Verhältniszahl with their source. */
export const PlanningAreaInputSchema = z.strictObject({
  name: safeText({ error: "Bitte einen Namen für den Planungsbereich angeben." })
    .trim()
    .min(1, "Bitte einen Namen für den Planungsbereich angeben.")
    .max(120, "Der Name darf höchstens 120 Zeichen lang sein."),
  towns: z
    .array(AgsSchema, { error: "Bitte die Gemeinden des Planungsbereichs angeben." })
    .min(1, "Ein Planungsbereich braucht mindestens eine Gemeinde.")
    .max(500, "Höchstens 500 Gemeinden je Planungsbereich."),
  kvVersorgungsgrad: z
    .number({ error: "Der Versorgungsgrad muss eine Zahl sein." })
    .min(0, "Der Versorgungsgrad ist mindestens 0 %.")
    .max(400, "Der Versorgungsgrad ist höchstens 400 %.")
    .nullable()
    .default(null),
  kvPublishedAt: z.iso.date({ error: "Bitte das Datum im Format JJJJ-MM-TT angeben." }).nullable().default(null),
  /** The KV's Verhältniszahl for the area (inhabitants per GP, issue 13); null: the G-BA's general figure applies. */
  kvVerhaeltniszahl: z
    .number({ error: "Die Verhältniszahl muss eine Zahl sein." })
    .min(500, "Die Verhältniszahl ist mindestens 500 Einwohner je Hausarzt.")
    .max(5000, "Die Verhältniszahl ist höchstens 5.000 Einwohner je Hausarzt.")
    .nullable()
    .default(null),
  /** Where the KV published its figures, e.g. "KVWL, Bedarfsplan, Stand 01.07.2025". */
  kvSource: safeText({ error: "Die Quelle muss ein Text sein." })
    .trim()
    .min(1, "Bitte die Quelle angeben oder das Feld weglassen.")
    .max(300, "Die Quelle darf höchstens 300 Zeichen lang sein.")
    .nullable()
    .default(null),
});
export type PlanningAreaInput = z.infer<typeof PlanningAreaInputSchema>;

/** A change: the version the client read plus the new state. */
export const PlanningAreaUpdateSchema = PlanningAreaInputSchema.extend({
  version: z.number({ error: "Die Version fehlt." }).int("Die Version ist eine ganze Zahl.").min(1, "Die Version ist mindestens 1."),
});
export type PlanningAreaUpdate = z.infer<typeof PlanningAreaUpdateSchema>;
