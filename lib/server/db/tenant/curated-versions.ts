import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import { parameterLabel, type CuratedVersion } from "@/lib/domain/curation";
import { CuratedVersionInputSchema, type CuratedVersionInput } from "@/lib/domain/schemas/curation";
import { recordAudit } from "./audit";
import { ConflictError, isUniqueViolation, TenantInputError } from "./errors";
import { curatedVersionFromRow, getKnowledgeSnapshot, listCuratedVersions } from "@/lib/server/db/knowledge-snapshot";

/**
 * The platform operator's versions of rule parameters and funding programmes (issue 13). Append-only: this module
 * offers reading and adding, nothing else. `addCuratedVersion` checks the operator before it parses anything, parses
 * with THE input schema (lib/domain/schemas/curation.ts), refuses a stale `basedOn` with 409 and writes the version
 * and its audit entry in one transaction. getKnowledgeSnapshot lays the versions over the seeded snapshot.
 */

const ISO = (d: Date) => d.toISOString().slice(0, 10);

const subjectOf = (input: CuratedVersionInput) => (input.kind === "rule-parameter" ? input.key : input.programmeId);

/**
 * Adds a version. 401 signed out, 403 for anyone but the platform operator — both before the input is parsed; an
 * invalid or unknown field → 400; an unknown parameter or programme, or a valid-from not after the newest version of
 * the subject → 400; another version added since the caller read `basedOn` → 409 (also when two race: the unique
 * number lets one win).
 */
export async function addCuratedVersion(ctx: TenantContext, raw: unknown): Promise<CuratedVersion> {
  authorize(ctx.caller, "knowledgeVersion", "create");
  const caller = ctx.caller;
  const input = CuratedVersionInputSchema.parse(raw);
  const subject = subjectOf(input);
  const snapshot = await getKnowledgeSnapshot(undefined, ctx.prisma);
  // The seeded versions of the subject (the curated ones are read inside the transaction).
  const seeded = await getKnowledgeSnapshot(snapshot.version, ctx.prisma);
  let seededNewest: string | null = null;
  if (input.kind === "rule-parameter") {
    const versions = seeded.ruleParameters.filter((p) => p.key === input.key);
    if (versions.length === 0) throw new TenantInputError(`Den Regelparameter „${input.key}“ gibt es nicht.`);
    seededNewest = versions.reduce((a, b) => (b.validFrom > a.validFrom ? b : a)).validFrom;
  } else if (!snapshot.fundingProgrammes.some((p) => p.id === input.programmeId)) {
    throw new TenantInputError(`Das Förderprogramm „${input.programmeId}“ gibt es nicht.`);
  }
  const label =
    input.kind === "rule-parameter"
      ? parameterLabel(snapshot.ruleParameters, input.key)
      : snapshot.fundingProgrammes.find((p) => p.id === input.programmeId)!.name;
  const data = input.kind === "rule-parameter" ? { value: input.value, version: input.version } : { open: input.open, amountMaxEur: input.amountMaxEur };
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const current = await tx.curatedVersion.count({ where: { kind: input.kind, subject } });
      if (current !== input.basedOn) {
        throw new ConflictError("Inzwischen wurde eine andere Version hinzugefügt. Bitte neu laden und prüfen.", { current, submitted: input.basedOn });
      }
      // Append-only in time too: a new version starts after the newest one (seeded or curated), never rewrites the past.
      const newestCurated = await tx.curatedVersion.findFirst({ where: { kind: input.kind, subject }, orderBy: { validFrom: "desc" }, select: { validFrom: true } });
      const newest = [seededNewest, newestCurated ? ISO(newestCurated.validFrom) : null].filter((d): d is string => d !== null).sort().at(-1);
      if (newest && input.validFrom <= newest) {
        throw new TenantInputError(`Eine neue Version muss nach der neuesten beginnen (gültig ab ${newest}).`);
      }
      const row = await tx.curatedVersion.create({
        data: {
          kind: input.kind,
          subject,
          sequence: current + 1,
          validFrom: new Date(`${input.validFrom}T00:00:00Z`),
          data,
          source: input.source,
          note: input.note,
          createdById: caller.userId,
        },
      });
      const version = curatedVersionFromRow(row);
      await recordAudit(tx, caller, {
        organisationId: null,
        action: `${input.kind === "rule-parameter" ? "ruleParameter" : "fundingProgramme"}.version`,
        entityType: input.kind === "rule-parameter" ? "ruleParameter" : "fundingProgramme",
        entityId: subject,
        after: { subject, label, sequence: version.sequence, validFrom: version.validFrom, ...data, source: input.source, note: input.note },
      });
      return version;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("Inzwischen wurde eine andere Version hinzugefügt. Bitte neu laden und prüfen.", { submitted: input.basedOn });
    throw error;
  }
}

/** The platform-wide audit entries of the curation (organisationId null), newest first, for the curation page. */
export async function listCurationAudit(ctx: TenantContext, limit = 50) {
  authorize(ctx.caller, "knowledgeVersion", "read");
  return ctx.prisma.auditLog.findMany({
    where: { organisationId: null, entityType: { in: ["ruleParameter", "fundingProgramme"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
  });
}

/** Every curated version, oldest first — the operator's view (the seeded knowledge itself is public at /api/v1/rule-parameters). */
export async function listCuratedVersionsForOperator(ctx: TenantContext): Promise<CuratedVersion[]> {
  authorize(ctx.caller, "knowledgeVersion", "read");
  return listCuratedVersions(ctx.prisma);
}
