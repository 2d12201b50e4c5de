import { formatNumber } from "@/lib/format/danish";
import { KIND_LABELS, LEVEL_LABELS } from "@/lib/format/change-labels";
import { CHANGE_KINDS, CHANGE_LEVELS, type ChangeKind, type ChangeListState } from "@/lib/params/changes";
import { formatIsoDate } from "@/lib/params/iso-date";

type Props = {
  state: ChangeListState;
  kinds: Record<ChangeKind, number>;
  kommuner: { kode: number; navn: string }[];
  action: string;
  /** The kommune overview carries its kommune in the path. */
  showKommune?: boolean;
};

const FIELD = "mt-1 w-full rounded-control border border-grey-700 bg-white px-2 py-2";

/** A plain GET form, so filtering works without JavaScript. */
export function ChangeFilters({ state, kinds, kommuner, action, showKommune = true }: Props) {
  const all = Object.values(kinds).reduce((n, k) => n + k, 0);
  return (
    <form method="get" action={action} className="rounded-small border border-grey-300 bg-grey-100 p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {showKommune && (
          <label className="block">
            <span className="block font-semibold">Kommune</span>
            <select name="kommune" defaultValue={state.kommune === null ? "" : String(state.kommune)} className={FIELD}>
              <option value="">Alle kommuner</option>
              {kommuner.map((k) => (
                <option key={k.kode} value={k.kode}>{k.navn}</option>
              ))}
            </select>
          </label>
        )}
        <label className="block">
          <span className="block font-semibold">Niveau</span>
          <select name="niveau" defaultValue={state.niveau ?? ""} className={FIELD}>
            <option value="">Alle niveauer</option>
            {CHANGE_LEVELS.map((level) => (
              <option key={level} value={level}>{LEVEL_LABELS[level]}</option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="block font-semibold">Slags ændring</span>
          <select name="art" defaultValue={state.art ?? ""} className={FIELD}>
            <option value="">{`Alle (${formatNumber(all)})`}</option>
            {CHANGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>{`${KIND_LABELS[kind]} (${formatNumber(kinds[kind])})`}</option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="block font-semibold">Fra og med</span>
          <input type="date" name="fra" defaultValue={state.fra ? formatIsoDate(state.fra) : ""} className={FIELD} />
        </label>
        <label className="block">
          <span className="block font-semibold">Til og med</span>
          <input type="date" name="til" defaultValue={state.til ? formatIsoDate(state.til) : ""} className={FIELD} />
        </label>
      </div>
      <button type="submit" className="mt-4 rounded-control bg-primary px-6 py-2 font-semibold text-white hover:bg-grey-900">
        Vis ændringer
      </button>
    </form>
  );
}
