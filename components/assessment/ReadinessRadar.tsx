"use client";

import dynamic from "next/dynamic";
import { WhenOnScreen } from "@/components/charts/WhenOnScreen";

export interface RadarPoint {
  label: string;
  score: number;
}

const ReadinessRadarLazy = dynamic(() => import("./ReadinessRadarPlot").then((m) => m.ReadinessRadarPlot), { ssr: false });

/**
 * The readiness profile as a radar chart as wide as the screen allows (up to 640 px; Recharts `responsive`, so it
 * fits a phone and the printed page). Decorative for assistive technology: the page shows the same values as a table.
 * The Recharts plot (ReadinessRadarPlot.tsx) loads when the chart comes on screen; its height is reserved meanwhile.
 */
export function ReadinessRadar({ data }: { data: RadarPoint[] }) {
  return (
    <div aria-hidden="true" className="readiness-radar chart-fit" data-testid="readiness-radar">
      <WhenOnScreen placeholderClassName="min-h-[340px] min-[30rem]:min-h-[440px]">
        <ReadinessRadarLazy data={data} />
      </WhenOnScreen>
    </div>
  );
}
