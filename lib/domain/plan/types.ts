/** Action plan (issue 15): the pure shapes the domain functions work on. No Prisma, no React. */
export const PLAN_ITEM_STATUSES = ["geplant", "in_arbeit", "erledigt", "zurueckgestellt", "verworfen"] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** A calendar date as "YYYY-MM-DD" (plan dates carry no time of day). */
export type IsoDate = string;

export interface PlanItemStatusChange {
  status: PlanItemStatus;
  changedAt: Date;
}

export interface PlanItem {
  id: string;
  title: string;
  ownerText: string | null;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  status: PlanItemStatus;
  statusChangedAt: Date;
  updatedAt: Date;
  createdAt: Date;
  history: readonly PlanItemStatusChange[];
  notes?: string | null;
}
