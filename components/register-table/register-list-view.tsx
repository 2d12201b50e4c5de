import { ParamErrors } from "@/components/param-errors";
import { listQuery, withQuery, type Filter, type ListColumn, type ParsedList, type RegisterListState } from "@/lib/params/register-list";
import { facetCounts } from "@/lib/register/facets";
import { listUnits } from "@/lib/register/unit-list";
import { DownloadLinks } from "./download-links";
import { ListControls } from "./list-controls";
import { Pagination } from "./pagination";
import { RegisterTable } from "./register-table";

type Props = { parsed: ParsedList; basePath: string; filters: Filter[]; omit?: (keyof RegisterListState)[]; caption: string; hiddenColumns?: ListColumn[] };

/** The filter form, the table and its pages for one list state; shared by the kommune page and the browse page. */
export async function RegisterListView({ parsed, basePath, filters, omit = [], caption, hiddenColumns = [] }: Props) {
  if (!parsed.ok) return <ParamErrors errors={parsed.errors} resetHref={basePath} />;
  const [action, fixed] = basePath.split("?");
  const { state } = parsed;
  const [page, facets] = await Promise.all([listUnits(state), facetCounts(state, filters)]);
  const pageHref = (side: number) => withQuery(basePath, listQuery(state, { side }, omit));
  return (
    <>
      <ListControls state={state} facets={facets} filters={filters} action={action} hidden={Object.fromEntries(new URLSearchParams(fixed))} hiddenColumns={hiddenColumns} />
      {page.total > 0 && <DownloadLinks state={state} total={page.total} />}
      {state.side > page.sider ? (
        <p className="mt-6" role="status">
          Siden {state.side} findes ikke; listen har {page.sider} {page.sider === 1 ? "side" : "sider"}. <a href={withQuery(basePath, listQuery(state, { side: 1 }, omit))}>Gå til første side</a>
        </p>
      ) : (
        <>
          <Pagination side={state.side} prSide={state.prSide} total={page.total} sider={page.sider} href={pageHref} position="top" />
          <RegisterTable rows={page.rows} state={state} basePath={basePath} omit={omit} caption={caption} hiddenColumns={hiddenColumns} />
          <Pagination side={state.side} prSide={state.prSide} total={page.total} sider={page.sider} href={pageHref} position="bottom" />
        </>
      )}
    </>
  );
}
