import { CopyButton } from "@/components/copy-button";
import { StatusBadge } from "@/components/status-badge";
import type { RecordStatus } from "@/lib/register/record-types";

type Props = { levelLabel: string; title: string; nummer: string; status: RecordStatus };

/** The record's level, its name as H1, and the institution number (copyable) with the status. */
export function RecordHeading({ levelLabel, title, nummer, status }: Props) {
  return (
    <div>
      <p className="text-lg font-semibold text-grey-700">{levelLabel}</p>
      <h1 className="mt-1 break-words">{title}</h1>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-lg">
          <span className="text-grey-700">Institutionsnummer </span>
          <span className="text-2xl font-semibold tabular-nums" data-testid="institutionsnummer">
            {nummer}
          </span>
        </p>
        <CopyButton value={nummer} label={`institutionsnummer ${nummer}`} />
        <StatusBadge status={status} />
      </div>
    </div>
  );
}
