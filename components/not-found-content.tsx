import { PageLink } from "@/components/page-link";
import { SearchForm } from "@/components/search-form";

/** The body of the 404 page: what went wrong, a search box and a way home. */
export function NotFoundContent() {
  return (
    <div className="space-y-4">
      <h1>Siden blev ikke fundet</h1>
      <p className="text-lg">Siden findes ikke, eller adressen er skrevet forkert.</p>
      <p>
        Leder du efter en daginstitution, en anvisningsenhed eller en alternativ adresse? Et institutionsnummer er et
        bogstav og fem cifre, for eksempel G10436. Søg på navn, adresse, postnummer, institutionsnummer, CVR- eller
        p-nummer:
      </p>
      <SearchForm id="ikke-fundet-soeg" landmarkLabel="Søg efter siden" className="max-w-xl pt-2" />
      <p>
        <PageLink href="/">Gå til forsiden</PageLink>
      </p>
    </div>
  );
}
