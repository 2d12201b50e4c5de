import type { LatestSnapshot } from "@/lib/register/snapshot";
import { formatCalendarDate } from "@/lib/format/danish";

export function DemoBanner({ snapshot }: { snapshot: LatestSnapshot | null }) {
  if (snapshot === null) {
    return (
      <div role="note" className="mb-8 rounded-small border-l-8 border-info bg-info-light px-4 py-3">
        <p>
          <strong>Databasen er tom:</strong> Der er endnu ikke indlæst et øjebliksbillede af Dagtilbudsregisteret,
          så portalen har ingen institutioner at vise.
        </p>
      </div>
    );
  }
  if (!snapshot.demo) return null;
  return (
    <div role="note" className="mb-8 rounded-small border-l-8 border-warning bg-warning-light px-4 py-3">
      <p>
        <strong>Demodata:</strong> Alle institutioner, numre og adresser på denne side er opdigtede og genereret til
        afprøvning af portalen (øjebliksbillede af {formatCalendarDate(snapshot.snapshotDato)}).
      </p>
    </div>
  );
}
