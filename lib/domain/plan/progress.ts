import type { IsoDate, PlanItem } from "./types";

/**
 * Progress of an action plan. Product assumption (no source): "verworfen" items are not part of the plan's
 * denominator (the council decided against them); "zurückgestellt" items count as open.
 */
export interface PlanProgress {
  total: number;
  done: number;
  /** done / total in [0, 1]; 0 for an empty plan. */
  shareDone: number;
  overdue: string[];
}

const isOpen = (item: PlanItem) => item.status !== "erledigt" && item.status !== "verworfen";

/** An open item whose due date lies strictly before `today` (YYYY-MM-DD comparison). */
export function isOverdue(item: PlanItem, today: IsoDate): boolean {
  return isOpen(item) && item.dueDate !== null && item.dueDate < today;
}

export function planProgress(items: readonly PlanItem[], today: IsoDate): PlanProgress {
  const counted = items.filter((i) => i.status !== "verworfen");
  const done = counted.filter((i) => i.status === "erledigt").length;
  return {
    total: counted.length,
    done,
    shareDone: counted.length === 0 ? 0 : done / counted.length,
    overdue: items.filter((i) => isOverdue(i, today)).map((i) => i.id),
  };
}

export type PlanChangeKind = "neu" | "status" | "geaendert";
export interface PlanChange {
  itemId: string;
  title: string;
  kind: PlanChangeKind;
  at: Date;
  status?: string;
}

/** What changed since `since` (e.g. the last council meeting): new items, status changes, other edits. */
export function changesSince(items: readonly PlanItem[], since: Date): PlanChange[] {
  const out: PlanChange[] = [];
  for (const item of items) {
    if (item.createdAt >= since) {
      out.push({ itemId: item.id, title: item.title, kind: "neu", at: item.createdAt });
      continue;
    }
    const statusChanges = item.history.filter((h) => h.changedAt >= since);
    for (const h of statusChanges) out.push({ itemId: item.id, title: item.title, kind: "status", at: h.changedAt, status: h.status });
    if (statusChanges.length === 0 && item.updatedAt >= since) out.push({ itemId: item.id, title: item.title, kind: "geaendert", at: item.updatedAt });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.itemId.localeCompare(b.itemId));
}
