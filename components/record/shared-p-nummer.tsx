import type { UnitSummary } from "@/lib/register/record-types";
import { RecordList } from "./record-list";

/** Other units with the same p-nummer: legal, and it decides who may administer them in Tilslutning. */
export function SharedPNummer({ pNummer, units }: { pNummer: string | null; units: UnitSummary[] }) {
  if (!pNummer || units.length === 0) return null;
  return (
    <section aria-labelledby="samme-p-nummer" className="mt-10">
      <h2 id="samme-p-nummer">Andre enheder med samme p-nummer</h2>
      <p className="mt-2">
        P-nummer {pNummer} bruges også af {units.length === 1 ? "denne anvisningsenhed" : `disse ${units.length} anvisningsenheder`}. Det er
        tilladt, at flere enheder deler et p-nummer. Den, der må administrere p-nummeret i Tilslutning, kan
        administrere alle enhederne med det p-nummer.
      </p>
      <RecordList level="anvisningsenhed" empty="" items={units.map((unit) => ({ ...unit, details: [unit.type?.navn, unit.adresse] }))} />
    </section>
  );
}
