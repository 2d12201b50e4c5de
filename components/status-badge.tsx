import type { RecordStatus } from "@/lib/register/record-types";

const STYLES: Record<RecordStatus, { label: string; className: string }> = {
  AKTIV: { label: "Aktiv", className: "border-success bg-success-light" },
  NEDLAGT: { label: "Nedlagt", className: "border-error bg-error-light" },
};

/** "Aktiv" / "Nedlagt" as a small badge; the word itself carries the meaning, colour only supports it. */
export function StatusBadge({ status, className = "" }: { status: RecordStatus; className?: string }) {
  const style = STYLES[status];
  return (
    <span className={`inline-block rounded-small border-l-4 px-2 py-0.5 text-sm font-semibold text-ink ${style.className} ${className}`}>
      {style.label}
    </span>
  );
}

export function statusLabel(status: RecordStatus): string {
  return STYLES[status].label;
}
