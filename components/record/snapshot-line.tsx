import { formatCalendarDate } from "@/lib/format/danish";

export function SnapshotLine({ latestSnapshotDato }: { latestSnapshotDato: Date | null }) {
  if (!latestSnapshotDato) return null;
  return <p className="mt-8 text-sm text-grey-700">Data fra øjebliksbillede af {formatCalendarDate(latestSnapshotDato)}.</p>;
}
