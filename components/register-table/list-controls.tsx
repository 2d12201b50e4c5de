import { formatIsoDate } from "@/lib/params/iso-date";
import type { FacetValue, Facets } from "@/lib/register/facets";
import { LIST_COLUMNS, PAGE_SIZES, type Filter, type ListColumn, type RegisterListState } from "@/lib/params/register-list";
import { formatNumber } from "@/lib/format/danish";
import { COLUMN_LABELS } from "./columns";

const FILTER_LABELS: Record<Filter, string> = { region: "Region", kommune: "Kommune", type: "Type", ejerform: "Ejerform", lovgrundlag: "Lovgrundlag" };
const STATUS_LABELS = { aktiv: "Aktive", nedlagt: "Nedlagte", alle: "Alle" } as const;

type Props = { state: RegisterListState; facets: Facets; filters: Filter[]; action: string; hidden?: Record<string, string>; hiddenColumns?: ListColumn[] };

/**
 * Filters, status, rows per page and columns as one plain GET form: it works without JavaScript, keeps the sort,
 * and (sending no `side`) returns to page 1. Each value shows how many units it would give.
 */
export function ListControls({ state, facets, filters, action, hidden = {}, hiddenColumns = [] }: Props) {
  const statusCount = (value: string) => facets.status.filter((f) => value === "alle" || f.value === value).reduce((n, f) => n + f.count, 0);
  return (
    <form method="get" action={action} className="rounded-small border border-grey-300 bg-grey-100 p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {filters.map((filter) => (
          <FacetSelect key={filter} name={filter} label={FILTER_LABELS[filter]} values={facets[filter] ?? []} selected={state[filter]} />
        ))}
        <label className="block">
          <span className="block font-semibold">Status</span>
          <select name="status" defaultValue={state.status} className="mt-1 w-full rounded-control border border-grey-700 bg-white px-2 py-2">
            {(["aktiv", "nedlagt", "alle"] as const).map((value) => (
              <option key={value} value={value}>{`${STATUS_LABELS[value]} (${formatNumber(statusCount(value))})`}</option>
            ))}
          </select>
        </label>
        <div>
          <label htmlFor="changed-since" className="block font-semibold">Ændret siden</label>
          <span className="block text-sm" id="changed-since-hint">Kun nye eller ændrede fra denne dag</span>
          <input
            id="changed-since"
            type="date"
            name="changedSince"
            defaultValue={state.changedSince ? formatIsoDate(state.changedSince) : ""}
            aria-describedby="changed-since-hint"
            className="mt-1 w-full rounded-control border border-grey-700 bg-white px-2 py-2"
          />
        </div>
        <label className="block">
          <span className="block font-semibold">Rækker pr. side</span>
          <select name="pr_side" defaultValue={String(state.prSide)} className="mt-1 w-full rounded-control border border-grey-700 bg-white px-2 py-2">
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>{size}</option>
            ))}
          </select>
        </label>
      </div>
      <details className="mt-4">
        <summary className="cursor-pointer font-semibold">Vælg kolonner</summary>
        <fieldset className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          <legend className="sr-only">Kolonner i tabellen</legend>
          {LIST_COLUMNS.filter((column) => !hiddenColumns.includes(column)).map((column) => (
            <label key={column} className="flex items-center gap-2">
              <input type="checkbox" name="kolonne" value={column} defaultChecked={state.kolonner.includes(column)} className="size-5" />
              {COLUMN_LABELS[column]}
            </label>
          ))}
        </fieldset>
      </details>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.sorter !== "navn" && <input type="hidden" name="sorter" value={state.sorter} />}
      {state.retning !== "asc" && <input type="hidden" name="retning" value={state.retning} />}
      <button type="submit" className="mt-4 rounded-control bg-primary px-6 py-2 font-semibold text-white hover:bg-grey-900">
        Vis
      </button>
    </form>
  );
}

function FacetSelect({ name, label, values, selected }: { name: string; label: string; values: FacetValue[]; selected: number | null }) {
  const total = values.reduce((n, v) => n + v.count, 0);
  return (
    <label className="block">
      <span className="block font-semibold">{label}</span>
      <select name={name} defaultValue={selected === null ? "" : String(selected)} className="mt-1 w-full rounded-control border border-grey-700 bg-white px-2 py-2">
        <option value="">{`Alle (${formatNumber(total)})`}</option>
        {selected !== null && !values.some((v) => v.value === String(selected)) && <option value={selected}>{`${selected} (0)`}</option>}
        {values.map((v) => (
          <option key={v.value} value={v.value}>{`${v.label} (${formatNumber(v.count)})`}</option>
        ))}
      </select>
    </label>
  );
}
