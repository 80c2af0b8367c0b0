"use client";

import dynamic from "next/dynamic";
import { WhenOnScreen } from "@/components/charts/WhenOnScreen";

export interface WaveChartProps {
  years: readonly number[];
  towns: readonly { ags: string; name: string; fteByYear: readonly number[] }[];
  title: string;
}

const WaveChartLazy = dynamic(() => import("./WaveChartPlot").then((m) => m.WaveChartPlot), { ssr: false });

/**
 * The retirement wave: counted GP FTE leaving per year, stacked by town (fixed-size Recharts bar chart, loaded when it
 * comes on screen: WaveChartPlot.tsx). One image for assistive technology; the same numbers follow in a table
 * (rendered by the caller).
 */
export function WaveChart(props: WaveChartProps) {
  return (
    <div className="overflow-x-auto">
      <div role="img" aria-label={props.title} data-testid="wave-chart" className="w-[760px]">
        <WhenOnScreen height={340}>
          <WaveChartLazy {...props} />
        </WhenOnScreen>
      </div>
    </div>
  );
}
