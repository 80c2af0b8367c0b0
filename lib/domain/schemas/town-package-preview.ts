import { z } from "zod";
import { safeText } from "../text";
import { AgsSchema } from "./municipality";

/**
 * The preview of a town-package import (POST …/town-package/preview and …/town-package, issue 15) as the import
 * dialog reads it (issue 13), and the package's origin and town (used by TownPackageSchema). Small on purpose: the
 * browser loads this, not the package's whole schema.
 */
const text = (max: number) => safeText().max(max, `höchstens ${max} Zeichen`);

/** Where the package came from (shown in the preview). */
export const PackageOriginSchema = z.strictObject({ organisationId: text(64), organisationName: text(200) });
export const PackageTownSchema = z.strictObject({ ags: AgsSchema, name: text(200) });

const count = z.number().int().min(0);
export const TownPackagePreviewSchema = z.object({
  ok: z.literal(true),
  origin: PackageOriginSchema,
  exportedAt: z.string(),
  town: PackageTownSchema,
  /** What the file brings. */
  incoming: z.object({ providers: count, doctors: count, assessment: z.boolean(), scenarios: count, planItems: count, workshops: count }),
  /** What the target organisation holds now for the town and the import replaces. */
  replaced: z.object({ providers: count, assessment: z.boolean(), scenarios: count, planItems: count }),
  /** Workshops the import restores as ended workshops, and those it leaves out (already there, or a version-1 file). */
  workshops: z.object({ restored: count, alreadyThere: count, notRestorable: count }),
  /** What the import does beyond replacing, in German (versions, workshops). */
  notes: z.array(z.string()),
});
export type TownPackagePreview = z.output<typeof TownPackagePreviewSchema>;
export const TownPackagePreviewResponseSchema = z.object({ data: TownPackagePreviewSchema });
