"use client";

import dynamic from "next/dynamic";
import { WhenOnScreen } from "@/components/charts/WhenOnScreen";
import type * as Plots from "./SupplyChartsPlot";

const CapacityChartLazy = dynamic(() => import("./SupplyChartsPlot").then((m) => m.CapacityChartPlot), { ssr: false });
const AgePyramidLazy = dynamic(() => import("./SupplyChartsPlot").then((m) => m.AgePyramidPlot), { ssr: false });

/** CapacityChart: the frame (an image for assistive technology, its table follows) with the Recharts plot loaded on screen. */
export function CapacityChart(props: Parameters<typeof Plots.CapacityChartPlot>[0]) {
  return (
    <div role="img" aria-label={props.title} data-testid="capacity-chart" className="chart-fit">
      <WhenOnScreen height={340}>
        <CapacityChartLazy {...props} />
      </WhenOnScreen>
    </div>
  );
}

/** AgePyramid: the frame (an image for assistive technology, its table follows) with the Recharts plot loaded on screen. */
export function AgePyramid(props: Parameters<typeof Plots.AgePyramidPlot>[0]) {
  return (
    <div role="img" aria-label={props.title} data-testid="age-pyramid" className="chart-fit">
      <WhenOnScreen height={280}>
        <AgePyramidLazy {...props} />
      </WhenOnScreen>
    </div>
  );
}
