import { formatNumber } from "@/lib/format/danish";
import { qualityQuery, DEFAULT_QUALITY_STATE, type QualitySeverityParam } from "@/lib/params/quality";
import type { QualityCounts } from "@/lib/quality/finding-types";
import { SEVERITIES, SEVERITY_LABELS, SEVERITY_PLURAL, type Severity } from "@/lib/quality/rule-types";
import { SEVERITY_STYLES } from "./severity-badge";

const MEANING: Record<Severity, string> = {
  FEJL: "Bryder en regel i registret.",
  ADVARSEL: "Sandsynligvis forkert; bør undersøges.",
  INFO: "Tilladt, men værd at vide.",
};

/** The number of findings per severity in the whole register, each a link to the list filtered on it. */
export function SeveritySummary({ counts }: { counts: QualityCounts }) {
  return (
    <section aria-labelledby="overblik" className="mt-8">
      <h2 id="overblik">Overblik</h2>
      <p className="mt-2">{`I alt ${formatNumber(counts.total)} fund i registret.`}</p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-3">
        {SEVERITIES.map((severity) => (
          <li key={severity} className={`rounded-small border-l-8 px-4 py-3 ${SEVERITY_STYLES[severity]}`}>
            <a href={`/kvalitet${qualityQuery(DEFAULT_QUALITY_STATE, { alvorlighed: severity.toLowerCase() as QualitySeverityParam })}`} className="font-semibold">
              <span className="block text-3xl tabular-nums">{formatNumber(counts.perAlvorlighed[severity])}</span>
              {SEVERITY_PLURAL[severity]}
              <span className="sr-only"> ({SEVERITY_LABELS[severity]})</span>
            </a>
            <span className="mt-1 block text-sm">{MEANING[severity]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
