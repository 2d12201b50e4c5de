import { formatCalendarDate } from "@/lib/format/danish";
import { formatDateTime } from "@/lib/format/danish-date-time";
import { statusLabel } from "@/components/status-badge";
import type { RecordHistory } from "@/lib/register/record-types";
import { Field } from "./field-list";

/** Status and dates: the register's `senestOpdateret`, and what the portal saw in its own imports. */
export function HistoryFields({ history }: { history: RecordHistory }) {
  const registerStatus = history.aktivitetsstatus?.trim();
  return (
    <>
      <Field label="Status">
        {statusLabel(history.status)}
        {registerStatus && registerStatus.toLowerCase() !== statusLabel(history.status).toLowerCase() && (
          <span className="block text-sm text-grey-700">Registrets aktivitetsstatus: {registerStatus}</span>
        )}
      </Field>
      <Field label="Senest opdateret i registret">{history.senestOpdateret && formatDateTime(history.senestOpdateret)}</Field>
      <Field label="Først set af portalen">{formatCalendarDate(history.foersteSetDato)}</Field>
      <Field label="Lukket" hideEmpty>
        {history.lukketDato && formatCalendarDate(history.lukketDato)}
      </Field>
      <Field label="Senest ændret i portalen">{`Indlæsningen af øjebliksbilledet af ${formatCalendarDate(history.snapshotDato)}`}</Field>
    </>
  );
}
