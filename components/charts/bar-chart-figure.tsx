import { formatNumber } from "@/lib/format/danish";
import { BarChart } from "./bar-chart";
import { ChartFigure, summaryIdFor } from "./chart-figure";
import type { ChartDatum } from "./chart-types";
import { DataTable } from "./data-table";
import { formatShare } from "./share";

type BarChartFigureProps = {
  id: string;
  caption: string;
  summary: string;
  data: ChartDatum[];
  /** The whole the shares are of (the sum of `data`, unless the chart shows a selection). */
  total: number;
  categoryHeader: string;
  countHeader: string;
  /** Show each bar's share of the total next to its count. */
  showShare?: boolean;
  /** The chart shows a selection (e.g. the 15 largest): the table has no "I alt" row. */
  selection?: boolean;
};

/** A bar chart in its figure: caption, summary, the SVG and the table of its numbers. */
export function BarChartFigure({ id, caption, summary, data, total, categoryHeader, countHeader, showShare = true, selection = false }: BarChartFigureProps) {
  const valueLabel = (datum: ChartDatum) =>
    showShare ? `${formatNumber(datum.value)} (${formatShare(datum.value, total)})` : formatNumber(datum.value);
  return (
    <ChartFigure
      id={id}
      caption={caption}
      summary={summary}
      table={<DataTable caption={caption} categoryHeader={categoryHeader} countHeader={countHeader} data={data} total={total} hideTotal={selection} />}
    >
      <BarChart id={`${id}-diagram`} title={`Liggende søjlediagram: ${caption}`} describedBy={summaryIdFor(id)} data={data} valueLabel={valueLabel} />
    </ChartFigure>
  );
}
