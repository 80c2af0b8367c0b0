import fs from "node:fs";
import path from "node:path";
import { defaultComparison } from "@/lib/domain/comparison/scenario-set";
import { resultToStore } from "@/lib/server/use-cases/stored-result";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

/**
 * A town with everything the report and the town package show: a supply inventory (three GP practices, one closing
 * without successor), a saved self-assessment (the Dörentrup example answers), a comparison scenario, a workshop with
 * one closed block and five answers, and an action plan of three items (one from the catalogue with its citation,
 * one done). Written straight into the tables, as the app would have stored them.
 */
export async function fillTown(prisma: PrismaClient, organisationId: string, ags: string, options: { ownerMembershipId?: string; year?: number } = {}) {
  const year = options.year ?? new Date().getUTCFullYear();
  const practices = [
    { name: "Hausarztpraxis am Markt", successorStatus: "NONE", doctors: [{ label: "Dr. A.", birthYear: year - 66, licence: "FULL" }] },
    { name: "Praxis Dr. Müller & Kollegen", successorStatus: "SEARCHING", doctors: [{ label: "M.", birthYear: year - 61, licence: "FULL" }, { label: "K.", birthYear: year - 45, licence: "HALF" }] },
    { name: "Gemeinschaftspraxis Wendlinghausen", successorStatus: "FOUND", doctors: [{ label: "W.", birthYear: year - 52, licence: "FULL", plannedExitYear: year + 3 }] },
  ] as const;
  for (const p of practices) {
    await prisma.provider.create({
      data: {
        organisationId,
        municipalityAgs: ags,
        kind: "GP_PRACTICE",
        name: p.name,
        city: "Dörentrup",
        successorStatus: p.successorStatus,
        doctors: { create: p.doctors.map((d, position) => ({ ...d, position })) },
      },
    });
  }
  const answers = JSON.parse(fs.readFileSync(path.join(process.cwd(), "examples", "doerentrup.json"), "utf8")) as Record<string, unknown>;
  answers.town = { ...(answers.town as object), ags };
  const computed = await resultToStore(prisma, ags, answers);
  await prisma.assessment.create({
    data: { organisationId, municipalityAgs: ags, answers: answers as object, status: "COMPLETED", ruleSetVersion: computed.ruleSetVersion, result: computed.result ?? undefined },
  });
  const knowledge = knowledgeFromFiles();
  await prisma.scenario.create({
    data: { organisationId, municipalityAgs: ags, name: "MVZ oder Netzwerk 2026", assumptions: defaultComparison(knowledge, { population: 7660, landCode: "05" }, year) as object, knowledgeVersion: knowledge.version },
  });
  const workshop = await prisma.workshop.create({
    data: {
      organisationId,
      municipalityAgs: ags,
      title: "Zukunftswerkstatt Hausarzt",
      date: new Date(`${year}-03-12`),
      code: `R${Math.random().toString(36).slice(2, 7).toUpperCase()}`.slice(0, 6),
      presenterTokenHash: `fixture-${Math.random()}`,
      status: "ENDED",
      codeExpiresAt: new Date(`${year}-03-13`),
    },
  });
  const block = await prisma.workshopBlock.create({
    data: {
      workshopId: workshop.id,
      type: "singleChoice",
      position: 1,
      status: "REVEALED",
      config: { type: "singleChoice", prompt: "Welches Modell soll die Gemeinde verfolgen?", options: [{ key: "mvz", label: "Kommunales MVZ" }, { key: "netz", label: "Gesundheitsnetzwerk" }] },
    },
  });
  for (let i = 0; i < 5; i++) {
    const participant = await prisma.workshopParticipant.create({ data: { id: `${workshop.id}-p${i}`, workshopId: workshop.id, roleLabel: "Rat" } });
    await prisma.workshopAnswer.create({ data: { blockId: block.id, participantId: participant.id, value: { type: "singleChoice", choice: i < 3 ? "netz" : "mvz" } } });
  }
  const measure = knowledge.measures[0]!;
  const plan = await prisma.actionPlan.create({ data: { organisationId, municipalityAgs: ags } });
  const items = [
    { title: measure.title, source: "catalogue", sourceRef: measure.slug, citation: measure.citations[0] as object, ownerText: "Bauamt", startDate: `${year}-01-15`, dueDate: `${year}-06-30`, status: "erledigt", estimatedCostEuro: 12000 },
    { title: "Gesundheitskoordination im Rathaus einrichten", source: "engine", ownerMembershipId: options.ownerMembershipId, startDate: `${year}-02-01`, dueDate: `${year + 1}-03-31`, status: "in_arbeit", estimatedCostEuro: 65000 },
    { title: "Gespräch mit der KV Westfalen-Lippe", source: "own", ownerText: "Kreis", startDate: null, dueDate: `${year + 1}-09-30`, status: "geplant", estimatedCostEuro: null },
  ] as const;
  for (const [position, item] of items.entries()) {
    const created = await prisma.actionPlanItem.create({
      data: {
        planId: plan.id,
        position,
        title: item.title,
        source: item.source,
        sourceRef: "sourceRef" in item ? item.sourceRef : null,
        citation: "citation" in item ? item.citation : undefined,
        ownerText: "ownerText" in item ? item.ownerText : null,
        ownerMembershipId: "ownerMembershipId" in item ? (item.ownerMembershipId ?? null) : null,
        startDate: item.startDate ? new Date(item.startDate) : null,
        dueDate: new Date(item.dueDate),
        status: item.status,
        estimatedCostEuro: item.estimatedCostEuro,
        addressesGap: position === 1 ? "Niemand koordiniert die Versorgung" : null,
      },
    });
    await prisma.actionPlanItemStatusChange.create({ data: { itemId: created.id, status: item.status, changedAt: new Date(`${year}-02-15T10:00:00Z`) } });
  }
  return { practices: practices.length, planItems: items.length, measure };
}
