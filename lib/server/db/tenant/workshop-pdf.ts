import type { TenantContext } from "@/lib/server/auth/guard";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { getOrganisation } from "./organisations";
import { townReadiness } from "./workshop-outcomes";
import { moderationLog, workshopResults } from "./workshops";
import type { WorkshopPdfData } from "@/lib/server/pdf/workshop-results";

/**
 * The workshop PDF's data (issue 14): the results page's numbers (workshopResults: overall, role groups ≥ 5, kept
 * aggregates after retention), the self-check's profile for the radar table, the moderation log. Every member of the
 * workshop's organisation may read it (the same right as the results page and the CSV).
 */
export async function loadWorkshopPdf(ctx: TenantContext, organisationId: string, workshopId: string): Promise<WorkshopPdfData> {
  const { workshop, participants, blocks } = await workshopResults(ctx, organisationId, workshopId);
  const [log, readiness, organisation, town] = await Promise.all([
    moderationLog(ctx, organisationId, workshopId),
    townReadiness(ctx, organisationId, workshop.ags),
    getOrganisation(ctx, organisationId),
    getMunicipality(ctx.prisma, workshop.ags),
  ]);
  return {
    workshop: { title: workshop.title, date: workshop.date, townName: town?.name ?? workshop.ags, ags: workshop.ags },
    organisation: organisation.name,
    participants,
    createdAt: new Date(),
    blocks: blocks.map((b) => ({ id: b.id, position: b.position, config: b.config, status: b.status, openedAt: b.openedAt, closedAt: b.closedAt, n: b.n, paper: b.paper, overall: b.overall, byRole: b.byRole })),
    readiness,
    log: log.map((e) => ({ createdAt: e.createdAt, actor: e.actor, action: e.action, detail: e.detail })),
  };
}
