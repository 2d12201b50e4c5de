import { SEVERITY_LABELS, type Severity } from "@/lib/quality/rule-types";

export const SEVERITY_STYLES: Record<Severity, string> = {
  FEJL: "border-error bg-error-light",
  ADVARSEL: "border-warning bg-warning-light",
  INFO: "border-info bg-info-light",
};

/** "Fejl" / "Advarsel" / "Info" as a small badge; the word carries the meaning, the colour only supports it. */
export function SeverityBadge({ alvorlighed, className = "" }: { alvorlighed: Severity; className?: string }) {
  return (
    <span className={`inline-block rounded-small border-l-4 px-2 py-0.5 text-sm font-semibold whitespace-nowrap text-ink ${SEVERITY_STYLES[alvorlighed]} ${className}`}>
      {SEVERITY_LABELS[alvorlighed]}
    </span>
  );
}
