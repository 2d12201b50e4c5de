import { ChangeTable } from "@/components/changes/change-table";
import { formatCalendarDate } from "@/lib/format/danish";
import type { RecordLevel } from "@/lib/links";
import { getRecordChanges } from "@/lib/register/changes";

type Props = { level: RecordLevel; nummer: string; foersteSetDato: Date; subject: string };

/** "Historik": every change the portal's imports found for this record, newest first. */
export async function RecordChanges({ level, nummer, foersteSetDato, subject }: Props) {
  const changes = await getRecordChanges(level, nummer);
  return (
    <section aria-labelledby="historik" className="mt-10">
      <h2 id="historik">Historik</h2>
      {changes.length === 0 ? (
        <p className="mt-2 max-w-text">
          {`Portalen har ikke set ændringer af ${subject}, siden den første gang så den i øjebliksbilledet af ${formatCalendarDate(foersteSetDato)}.`}
        </p>
      ) : (
        <>
          <p className="mt-2 max-w-text">
            {`Det, portalen har set ændre sig, siden den første gang så ${subject} (${formatCalendarDate(foersteSetDato)}). Datoen er dagen for det øjebliksbillede, hvor ændringen viste sig.`}
          </p>
          <ChangeTable rows={changes} caption={`Ændringer af ${subject}, nyeste først`} showRecord={false} />
        </>
      )}
    </section>
  );
}
