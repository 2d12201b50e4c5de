import { formatNumber } from "@/lib/format/danish";
import { listQuery, withQuery, type RegisterListState } from "@/lib/params/register-list";

type Props = { state: RegisterListState; total: number; sider: number; basePath: string; omit?: (keyof RegisterListState)[]; position: "top" | "bottom" };

/** "Viser 26–50 af 468" and page links; plain links, so it works without JavaScript. */
export function Pagination({ state, total, sider, basePath, omit = [], position }: Props) {
  const first = total === 0 ? 0 : (state.side - 1) * state.prSide + 1;
  const last = Math.min(total, state.side * state.prSide);
  const href = (side: number) => withQuery(basePath, listQuery(state, { side }, omit));
  const pages = [...new Set([1, state.side - 1, state.side, state.side + 1, sider])].filter((p) => p >= 1 && p <= sider).sort((a, b) => a - b);
  return (
    <nav aria-label={position === "top" ? "Sider, over tabellen" : "Sider, under tabellen"} className="my-4 flex flex-wrap items-center justify-between gap-4">
      <p>
        {total === 0 ? "Ingen enheder" : `Viser ${formatNumber(first)}–${formatNumber(last)} af ${formatNumber(total)} enheder`}
      </p>
      {sider > 1 && (
        <ul className="flex flex-wrap items-center gap-2">
          {state.side > 1 && (
            <li>
              <a href={href(state.side - 1)} rel="prev">Forrige</a>
            </li>
          )}
          {pages.map((page, i) => (
            <li key={page} className="flex items-center gap-2">
              {i > 0 && page - pages[i - 1] > 1 && <span aria-hidden="true">…</span>}
              {page === state.side ? (
                <span aria-current="page" className="rounded-small bg-primary px-2 font-semibold text-white">{page}</span>
              ) : (
                <a href={href(page)} aria-label={`Side ${page}`}>{page}</a>
              )}
            </li>
          ))}
          {state.side < sider && (
            <li>
              <a href={href(state.side + 1)} rel="next">Næste</a>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
