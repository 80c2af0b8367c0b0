"use client";

import dynamic from "next/dynamic";
import { WhenOnScreen } from "@/components/charts/WhenOnScreen";
import type * as Plots from "./CostChartPlot";

const CostChartLazy = dynamic(() => import("./CostChartPlot").then((m) => m.CostChartPlot), { ssr: false });

/** CostChart: the frame (an image for assistive technology, its table follows) with the Recharts plot loaded on screen. */
export function CostChart(props: Parameters<typeof Plots.CostChartPlot>[0]) {
  return (
    <div role="img" aria-label={props.title} data-testid="cost-chart" className="chart-fit">
      <WhenOnScreen height={340}>
        <CostChartLazy {...props} />
      </WhenOnScreen>
    </div>
  );
}
