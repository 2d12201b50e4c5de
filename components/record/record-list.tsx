import { PageLink } from "@/components/page-link";
import { StatusBadge } from "@/components/status-badge";
import { recordHref, type RecordLevel } from "@/lib/links";
import type { RecordStatus } from "@/lib/register/record-types";

export type RecordListItem = {
  nummer: string;
  navn: string | null;
  status: RecordStatus;
  /** Extra facts after the number, e.g. type and address. */
  details?: (string | null | undefined)[];
};

/** Records as a list of links: name, then number and details; closed ones are marked. */
export function RecordList({ level, items, empty }: { level: RecordLevel; items: RecordListItem[]; empty: string }) {
  if (items.length === 0) return <p className="mt-2 text-grey-700">{empty}</p>;
  return (
    <ul className="mt-4 divide-y divide-grey-300 border-y border-grey-300">
      {items.map((item) => (
        <li key={item.nummer} className="max-w-none py-3">
          <PageLink href={recordHref(level, item.nummer)} className="font-semibold">
            {item.navn || item.nummer}
          </PageLink>
          {item.status === "NEDLAGT" && <StatusBadge status="NEDLAGT" className="ml-2" />}
          <span className="block text-sm text-grey-700">
            {[item.nummer, ...(item.details ?? [])].filter(Boolean).join(" · ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
