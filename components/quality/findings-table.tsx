import { recordHref } from "@/lib/links";
import type { QualityFinding } from "@/lib/quality/finding-types";
import { findRule, ruleHref } from "@/lib/quality/rules";
import { LEVEL_LABELS } from "@/lib/quality/rule-types";
import { SeverityBadge } from "./severity-badge";
import { UdledtRuleMarker } from "./udledt-rule-marker";

const th = "px-2 py-2 align-bottom font-semibold";
const td = "px-2 py-2 align-top";

/** One page of findings: the record (linked), the rule (linked to its explanation), severity, kommune, message. */
export function FindingsTable({ rows, caption }: { rows: QualityFinding[]; caption: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{`${caption}, sorteret efter alvorlighed, regel og nummer`}</caption>
        <thead>
          <tr className="border-b-2 border-grey-700">
            <th scope="col" className={th}>Post</th>
            <th scope="col" className={th} aria-sort="ascending">Alvorlighed</th>
            <th scope="col" className={th}>Regel</th>
            <th scope="col" className={th}>Kommune</th>
            <th scope="col" className={th}>Besked</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rule = findRule(row.regel);
            return (
              <tr key={row.id} className="border-b border-grey-200">
                <td className={td}>
                  {row.niveau && row.nummer ? (
                    <>
                      <a href={recordHref(row.niveau, row.nummer)} className="font-semibold tabular-nums">{row.nummer}</a>
                      {row.navn && <span className="block">{row.navn}</span>}
                      <span className="block text-sm text-grey-700">{LEVEL_LABELS[row.niveau]}</span>
                    </>
                  ) : (
                    <span className="text-grey-700">Hele filen</span>
                  )}
                </td>
                <td className={td}>
                  <SeverityBadge alvorlighed={row.alvorlighed} />
                </td>
                <td className={td}>
                  <a href={ruleHref(row.regel)}>{rule?.titel ?? row.regel}</a>
                  {rule?.udledt && <UdledtRuleMarker />}
                  <span className="block text-sm text-grey-700">{row.regel}</span>
                </td>
                <td className={td}>{row.kommuneKode === null ? "" : (row.kommuneNavn ?? String(row.kommuneKode))}</td>
                <td className={`${td} min-w-64`}>{row.besked}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
