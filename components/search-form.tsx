import { searchHref } from "@/lib/links";

const SEARCH_PATH = searchHref("").split("?")[0];

type SearchFormProps = {
  /** Unique id for the input: the header and a page may both show a search form. */
  id: string;
  /** Name of the search landmark, when a page has more than one. */
  landmarkLabel?: string;
  defaultValue?: string;
  className?: string;
};

/** Search in the register: a plain GET form to /soeg that works without JavaScript. */
export function SearchForm({ id, landmarkLabel, defaultValue, className = "" }: SearchFormProps) {
  return (
    <form method="get" action={SEARCH_PATH} role="search" aria-label={landmarkLabel} className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        Søg i registret
      </label>
      <div className="mt-1 flex">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder="Navn, adresse, postnummer, G-nummer, CVR eller p-nummer"
          autoComplete="off"
          className="min-w-0 flex-1 rounded-l-control border-2 border-r-0 border-grey-700 bg-white px-3 py-2 placeholder:text-grey-600"
        />
        <button
          type="submit"
          className="rounded-r-control border-2 border-primary bg-primary px-4 py-2 font-semibold text-white hover:bg-grey-900"
        >
          Søg
        </button>
      </div>
    </form>
  );
}
