import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { AgsSchema } from "./municipality";
import { ROLES } from "@/lib/domain/permissions";
import { AssessmentInputSchema } from "@/lib/domain/assessment/input";

/**
 * Request schemas of the tenant API (organisations, members, invitations, county grants, assessments). Bodies are
 * strict objects: a misspelled or unknown field is a 400 that names it, never silently ignored.
 */
export const IdSchema = safeText().trim().min(1, "fehlt").max(64, "ist zu lang");
export const RoleSchema = z.enum(ROLES, { error: "muss ADMIN, EDITOR, MODERATOR oder VIEWER sein" });
export const KreisKeySchema = safeText().trim().regex(/^\d{5}$/, "Der Kreisschlüssel hat 5 Ziffern.");
export const OrganisationNameSchema = safeText()
  .trim()
  .min(2, "Der Name ist zu kurz (mindestens 2 Zeichen).")
  .max(120, "Der Name ist zu lang (höchstens 120 Zeichen).");

export const CreateOrganisationSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("TOWN"), ags: AgsSchema, name: OrganisationNameSchema.optional() }),
  z.strictObject({ kind: z.literal("COUNTY"), kreisKey: KreisKeySchema, name: OrganisationNameSchema.optional() }),
], { error: "kind muss TOWN (Gemeinde) oder COUNTY (Kreis) sein." });
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

export const UpdateOrganisationSchema = z.strictObject({ name: OrganisationNameSchema });

export const AddMemberSchema = z.strictObject({
  email: z.email("Bitte eine gültige E-Mail-Adresse angeben.").trim().toLowerCase(),
  role: RoleSchema,
});
export const ChangeRoleSchema = z.strictObject({ role: RoleSchema });

export const CreateInvitationSchema = z.strictObject({
  role: RoleSchema,
  email: z.email("Bitte eine gültige E-Mail-Adresse angeben.").trim().toLowerCase().optional(),
  /** Validity in days (default 7). */
  validDays: z.number().int().min(1).max(30).default(7),
});

export const InvitationTokenSchema = safeText().regex(/^[A-Za-z0-9_-]{32,64}$/, "Der Einladungslink ist ungültig.");

export const CreateCountyGrantSchema = z.strictObject({ countyOrganisationId: IdSchema });

// Route parameters come from the router (a nested route has more of them), not from a body: not strict.
export const OrganisationParamsSchema = z.object({ orgId: IdSchema });
export const AssessmentParamsSchema = z.object({ orgId: IdSchema, ags: AgsSchema });

/**
 * PUT body of an assessment: the answers (validated with the wizard's AssessmentInputSchema), the status and the
 * version the client read (0 when nothing was stored yet). A stale version gets 409 with both states.
 */
export const SaveAssessmentSchema = z.strictObject({
  answers: AssessmentInputSchema,
  status: z.enum(["DRAFT", "COMPLETED"], { error: "status muss DRAFT oder COMPLETED sein." }).default("DRAFT"),
  version: z
    .number({ error: "version fehlt: senden Sie die Version, die Sie gelesen haben (0 für eine neue Einschätzung)." })
    .int()
    .min(0),
});
export type SaveAssessmentInput = z.infer<typeof SaveAssessmentSchema>;
