import { formatCalendarDate } from "@/lib/format/danish";
import type { ImportFinding, Severity } from "@/lib/register/record-types";

const SEVERITY: Record<Severity, { label: string; className: string }> = {
  FEJL: { label: "Fejl", className: "border-error bg-error-light" },
  ADVARSEL: { label: "Advarsel", className: "border-warning bg-warning-light" },
  INFO: { label: "Info", className: "border-info bg-info-light" },
};

/** What the latest import noticed about this record's row (the row was imported all the same). */
export function ImportFindings({ fund, snapshotDato }: { fund: ImportFinding[]; snapshotDato: Date | null }) {
  if (fund.length === 0) return null;
  return (
    <section aria-labelledby="bemaerkninger" className="mt-10">
      <h2 id="bemaerkninger">Bemærkninger fra seneste indlæsning</h2>
      <p className="mt-2">
        Da portalen indlæste øjebliksbilledet{snapshotDato ? ` af ${formatCalendarDate(snapshotDato)}` : ""}, brød
        registrets oplysninger om denne post følgende regler. Posten er indlæst alligevel.
      </p>
      <ul className="mt-4 space-y-2">
        {fund.map((item, index) => {
          const severity = SEVERITY[item.alvorlighed];
          return (
            <li key={index} className={`rounded-small border-l-4 px-3 py-2 ${severity.className}`}>
              <span className="font-semibold">{severity.label}:</span> {item.besked}
              <span className="block text-sm">{findingDetail(item)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function findingDetail(item: ImportFinding): string {
  const field = item.kolonne ? `Felt ${item.kolonne}${item.vaerdi ? `: "${item.vaerdi}"` : " er tomt"}` : null;
  const place = item.linje !== null ? `${item.fil}, linje ${item.linje}` : item.fil;
  return [field, place].filter(Boolean).join(" · ");
}
