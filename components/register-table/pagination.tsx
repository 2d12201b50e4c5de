import { formatNumber } from "@/lib/format/danish";

type Props = {
  side: number;
  prSide: number;
  total: number;
  sider: number;
  /** The address of a page, keeping the rest of the view's state. */
  href: (side: number) => string;
  position: "top" | "bottom";
  /** The navigation's name, when the pages are not of a table. */
  label?: string;
  noun?: { one: string; many: string };
};

/** "Viser 26–50 af 468 enheder" and page links; plain links, so it works without JavaScript. */
export function Pagination({ side, prSide, total, sider, href, position, label, noun = { one: "enhed", many: "enheder" } }: Props) {
  const first = total === 0 ? 0 : (side - 1) * prSide + 1;
  const last = Math.min(total, side * prSide);
  const pages = [...new Set([1, side - 1, side, side + 1, sider])].filter((p) => p >= 1 && p <= sider).sort((a, b) => a - b);
  return (
    <nav aria-label={label ?? (position === "top" ? "Sider, over tabellen" : "Sider, under tabellen")} className="my-4 flex flex-wrap items-center justify-between gap-4">
      <p>
        {total === 0 ? `Ingen ${noun.many}` : `Viser ${formatNumber(first)}–${formatNumber(last)} af ${formatNumber(total)} ${total === 1 ? noun.one : noun.many}`}
      </p>
      {sider > 1 && (
        <ul className="flex flex-wrap items-center gap-2">
          {side > 1 && (
            <li>
              <a href={href(side - 1)} rel="prev">Forrige</a>
            </li>
          )}
          {pages.map((page, i) => (
            <li key={page} className="flex items-center gap-2">
              {i > 0 && page - pages[i - 1] > 1 && <span aria-hidden="true">…</span>}
              {page === side ? (
                <span aria-current="page" className="rounded-small bg-primary px-2 font-semibold text-white">{page}</span>
              ) : (
                <a href={href(page)} aria-label={`Side ${page}`}>{page}</a>
              )}
            </li>
          ))}
          {side < sider && (
            <li>
              <a href={href(side + 1)} rel="next">Næste</a>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
