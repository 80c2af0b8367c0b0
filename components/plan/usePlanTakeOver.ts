"use client";

import { useCallback, useRef, useState } from "react";
import { callApi } from "@/lib/client/api";

/** The plan routes' contracts, loaded with the first take-over (zod stays out of the result page's first load, issue 19). */
const contracts = () => import("@/lib/domain/schemas/organisation-api");

/** What the self-check result needs to take proposed measures into the organisation's plan (null: no plan possible). */
export interface PlanTakeOver {
  orgId: string;
  ags: string;
  /** The plan's version when the page was rendered (0: no plan yet). */
  version: number;
  /** Measure slugs already in the plan. */
  taken: string[];
  href: string;
}

/**
 * Takes engine proposals into the plan through POST …/plans/{ags}/items, one after the other, carrying the plan's
 * version from answer to answer. A stale version (someone else changed the plan meanwhile) is retried once on top
 * of the version the 409 reports — adding an item does not depend on the others; a measure already in the plan
 * counts as taken.
 */
export function usePlanTakeOver(plan: PlanTakeOver | null) {
  const [taken, setTaken] = useState<ReadonlySet<string>>(() => new Set(plan?.taken ?? []));
  const [busy, setBusy] = useState(false);
  const versionRef = useRef(plan?.version ?? 0);
  const [result, setResult] = useState<{ ok: boolean; count: number; message: string } | null>(null);

  const takeOver = useCallback(
    async (slugs: readonly string[]) => {
      if (!plan) return;
      setBusy(true);
      setResult(null);
      let version = versionRef.current;
      let count = 0;
      const done = new Set(taken);
      const path = `/api/v1/organisations/${encodeURIComponent(plan.orgId)}/plans/${plan.ags}/items`;
      try {
        const { PlanConflictSchema, PlanItemsAddedResponseSchema } = await contracts();
        for (const slug of slugs.filter((s) => !done.has(s))) {
          const add = () => callApi(path, PlanItemsAddedResponseSchema, { method: "POST", body: { source: "engine", sourceRef: slug, planVersion: version } });
          const conflictOf = (r: Awaited<ReturnType<typeof add>>) => (!r.ok && r.status === 409 ? PlanConflictSchema.safeParse(r.body).data : undefined);
          let response = await add();
          const stale = conflictOf(response)?.current;
          if (stale) {
            version = stale.version;
            response = await add();
          }
          if (conflictOf(response)?.reason === "already_in_plan") {
            done.add(slug);
            continue;
          }
          if (!response.ok) throw new Error(response.message);
          version = response.data.data.plan.version;
          done.add(slug);
          count++;
        }
        setResult({ ok: true, count, message: "" });
      } catch (e) {
        setResult({ ok: false, count, message: (e as Error).message });
      } finally {
        versionRef.current = version;
        setTaken(new Set(done));
        setBusy(false);
      }
    },
    [plan, taken],
  );
  return { taken, busy, result, takeOver };
}
