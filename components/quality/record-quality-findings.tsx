import { formatCalendarDate } from "@/lib/format/danish";
import type { RecordQualityFinding } from "@/lib/quality/finding-types";
import { findRule, ruleHref } from "@/lib/quality/rules";
import { SEVERITY_STYLES, SeverityBadge } from "./severity-badge";
import { UdledtRuleMarker } from "./udledt-rule-marker";

/** The record's data-quality findings on its page: severity, the rule's title, what exactly is wrong, the rule. */
export function RecordQualityFindings({ fund, snapshotDato }: { fund: RecordQualityFinding[]; snapshotDato: Date | null }) {
  if (fund.length === 0) return null;
  return (
    <section aria-labelledby="datakvalitet" className="mt-10">
      <h2 id="datakvalitet">Datakvalitet</h2>
      <p className="mt-2">
        Portalen kontrollerer registrets oplysninger efter hver indlæsning
        {snapshotDato ? ` (seneste øjebliksbillede er af ${formatCalendarDate(snapshotDato)})` : ""}. Registret selv
        viser ikke disse kontroller. Om denne post fandt kontrollen følgende. <a href="/kvalitet">Alle fund i registret</a>
      </p>
      <ul className="mt-4 space-y-3">
        {fund.map((item, index) => {
          const rule = findRule(item.regel);
          return (
            <li key={index} className={`rounded-small border-l-4 px-3 py-2 ${SEVERITY_STYLES[item.alvorlighed]}`}>
              <p>
                <SeverityBadge alvorlighed={item.alvorlighed} className="mr-2 bg-white" />
                <span className="font-semibold">{rule?.titel ?? item.regel}</span>
                {rule?.udledt && <UdledtRuleMarker />}
              </p>
              <p className="mt-1">{item.besked}</p>
              <p className="mt-1 text-sm">
                <a href={ruleHref(item.regel)}>
                  Om reglen<span className="sr-only"> {rule?.titel ?? item.regel}</span> og hvem der kan rette det
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
