import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { ChartDatum } from "./chart-types";

/**
 * A horizontal bar chart rendered on the server as SVG (visx scales and shapes, no client JavaScript). Each bar
 * has its label above it and its value after it, so no colour or axis is needed to read it. The drawing is 380
 * units wide with 16-unit text and scales with its container (viewBox, width 100%): in a 28rem container the text
 * is about 19px, on a 375px phone about 13px. Labels sit above the bars so that long names keep the full width.
 */
const WIDTH = 380;
const FONT_SIZE = 16;
const ROW = 56;
const BAR_TOP = 24;
const BAR_HEIGHT = 20;
/** Rough width of a digit or letter in IBM Plex Sans, to reserve room for the value labels. */
const CHAR_WIDTH = 0.55 * FONT_SIZE;

const BAR_COLOUR = "#1b86c3"; // DKFDS info: 4.0:1 against white
const MUTED_COLOUR = "#707070"; // grey, striped: 4.9:1 against white
const EDGE_COLOUR = "#454545";

type BarChartProps = {
  /** Unique on the page; used for the ids inside the SVG. */
  id: string;
  /** The accessible name of the image. */
  title: string;
  /** The id of the visible text summary that describes the image. */
  describedBy: string;
  data: ChartDatum[];
  valueLabel: (datum: ChartDatum) => string;
};

export function BarChart({ id, title, describedBy, data, valueLabel }: BarChartProps) {
  const labels = data.map(valueLabel);
  const reserve = Math.max(...labels.map((label) => label.length), 1) * CHAR_WIDTH + 10;
  const x = scaleLinear<number>({ domain: [0, Math.max(...data.map((d) => d.value), 1)], range: [0, WIDTH - reserve] });
  const y = scaleBand<string>({ domain: data.map((d) => d.key), range: [0, data.length * ROW] });
  const height = data.length * ROW + 4;
  const titleId = `${id}-titel`;
  const patternId = `${id}-skravering`;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="block h-auto w-full"
      fontSize={FONT_SIZE}
    >
      <title id={titleId}>{title}</title>
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill={MUTED_COLOUR} />
        </pattern>
      </defs>
      {data.map((datum, index) => {
        const top = y(datum.key) ?? 0;
        const width = datum.value > 0 ? Math.max(x(datum.value), 2) : 0;
        return (
          <Group key={datum.key} top={top}>
            <text x={0} y={FONT_SIZE} fill="#000000">
              {datum.label}
            </text>
            <Bar
              x={0}
              y={BAR_TOP}
              width={width}
              height={BAR_HEIGHT}
              fill={datum.muted ? `url(#${patternId})` : BAR_COLOUR}
              stroke={datum.muted ? EDGE_COLOUR : undefined}
            />
            <text x={width + 6} y={BAR_TOP + BAR_HEIGHT / 2} dominantBaseline="central" fill="#000000" fontWeight={600}>
              {labels[index]}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
