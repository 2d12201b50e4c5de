import { formatNumber } from "@/lib/format/danish";
import type { QualityListState } from "@/lib/params/quality";
import type { FacetValue } from "@/lib/register/facets";
import type { QualityFacet, QualityFacets } from "@/lib/register/quality";

const FILTERS: { name: QualityFacet; label: string }[] = [
  { name: "alvorlighed", label: "Alvorlighed" },
  { name: "regel", label: "Regel" },
  { name: "niveau", label: "Niveau" },
  { name: "kommune", label: "Kommune" },
];

/**
 * The filters of /kvalitet as one plain GET form: works without JavaScript and (sending no `side`) returns to
 * page 1. Each value shows how many findings it would give with the other filters.
 */
export function QualityFilterForm({ state, facets }: { state: QualityListState; facets: QualityFacets }) {
  const filtered = state.kommune !== null || state.niveau !== null || state.regel !== null || state.alvorlighed !== null;
  return (
    <form method="get" action="/kvalitet" className="mt-6 rounded-small border border-grey-300 bg-grey-100 p-4" aria-label="Filtrér fundene">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FILTERS.map(({ name, label }) => (
          <FacetSelect key={name} name={name} label={label} values={facets[name]} selected={state[name] === null ? null : String(state[name])} />
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-control bg-primary px-6 py-2 font-semibold text-white hover:bg-grey-900">
          Vis
        </button>
        {filtered && <a href="/kvalitet">Nulstil filtrene</a>}
      </div>
    </form>
  );
}

function FacetSelect({ name, label, values, selected }: { name: string; label: string; values: FacetValue[]; selected: string | null }) {
  const total = values.reduce((n, v) => n + v.count, 0);
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={selected ?? ""} className="mt-1 w-full rounded-control border border-grey-700 bg-white px-2 py-2">
        <option value="">{`Alle (${formatNumber(total)})`}</option>
        {selected !== null && !values.some((v) => v.value === selected) && <option value={selected}>{`${selected} (0)`}</option>}
        {values.map((v) => (
          <option key={v.value} value={v.value}>{`${v.label} (${formatNumber(v.count)})`}</option>
        ))}
      </select>
    </div>
  );
}
