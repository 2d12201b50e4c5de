import type { ReactNode } from "react";

/** The id of a figure's text summary, for the chart's aria-describedby. */
export const summaryIdFor = (id: string) => `${id}-resume`;

type ChartFigureProps = {
  id: string;
  caption: string;
  /** One or two sentences with the key numbers; also the chart's description. */
  summary: string;
  /** The chart (an SVG with role="img"). */
  children: ReactNode;
  /** The exact numbers, shown on request. */
  table: ReactNode;
};

/** A chart with its caption, a text summary and the numbers as a table behind a disclosure. */
export function ChartFigure({ id, caption, summary, children, table }: ChartFigureProps) {
  return (
    <figure id={id} className="rounded-small border border-grey-300 p-3 sm:p-4 md:p-6">
      <figcaption className="text-lg font-semibold">{caption}</figcaption>
      <p id={summaryIdFor(id)} className="mt-2">
        {summary}
      </p>
      <div className="mt-4 max-w-[25rem]">{children}</div>
      <details className="mt-4">
        <summary className="cursor-pointer font-medium text-link underline underline-offset-[0.15em]">
          Vis tallene som tabel<span className="sr-only">: {caption}</span>
        </summary>
        <div className="mt-3">{table}</div>
      </details>
    </figure>
  );
}

/** Chart figures side by side on wide screens, one under the other on narrow ones. */
export function ChartGrid({ children }: { children: ReactNode }) {
  return <div className="mt-8 grid items-start gap-8 lg:grid-cols-2">{children}</div>;
}
