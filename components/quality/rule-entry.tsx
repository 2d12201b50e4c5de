import { formatNumber } from "@/lib/format/danish";
import { DEFAULT_QUALITY_STATE, qualityQuery } from "@/lib/params/quality";
import { findRule, MATRIX_HREF } from "@/lib/quality/rules";
import { LEVEL_LABELS, type QualityRule } from "@/lib/quality/rule-types";
import { SeverityBadge } from "./severity-badge";
import { UdledtRuleMarker } from "./udledt-rule-marker";

/** One rule: its code, severity, what it means, why it matters, what to do, and its current findings. */
export function RuleEntry({ rule, antal }: { rule: QualityRule; antal: number }) {
  const shownAs = rule.visesSom ? findRule(rule.visesSom) : undefined;
  return (
    <article id={rule.kode} aria-labelledby={`${rule.kode}-titel`} className="mt-6 scroll-mt-4 rounded-small border border-grey-300 p-4 target:border-info target:bg-info-light">
      <h3 id={`${rule.kode}-titel`}>
        {rule.titel}
        {rule.udledt && <UdledtRuleMarker />}
      </h3>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <SeverityBadge alvorlighed={rule.alvorlighed} />
        <code className="text-sm">{rule.kode}</code>
        {rule.niveauer.length > 0 && <span className="text-sm text-grey-700">{rule.niveauer.map((level) => LEVEL_LABELS[level]).join(", ")}</span>}
      </p>
      <dl className="mt-3 space-y-2">
        <div>
          <dt className="font-semibold">Hvad betyder det?</dt>
          <dd>{rule.betydning}</dd>
        </div>
        <div>
          <dt className="font-semibold">Hvorfor er det vigtigt?</dt>
          <dd>{rule.konsekvens}</dd>
        </div>
        <div>
          <dt className="font-semibold">Hvad skal der gøres, og af hvem?</dt>
          <dd>{rule.handling}</dd>
        </div>
      </dl>
      {rule.udledt && (
        <p className="mt-3 text-sm">
          Reglen bygger på portalens egen læsning af lovgivningen, ikke på registrets officielle tabel.{" "}
          <a href={MATRIX_HREF}>Se krydsvalideringstabellen og dens kilde</a>.
        </p>
      )}
      <p className="mt-3">
        {shownAs ? (
          <>
            Portalen viser disse fund under reglen <a href={`#${shownAs.kode}`}>{shownAs.titel}</a>, som kontrollerer hele det
            aktuelle register og ikke kun den seneste indlæsnings filer.
          </>
        ) : antal > 0 ? (
          <a href={`/kvalitet${qualityQuery(DEFAULT_QUALITY_STATE, { regel: rule.kode })}`}>
            {`${formatNumber(antal)} fund`}
            <span className="sr-only"> efter reglen {rule.titel}</span>
          </a>
        ) : (
          "Ingen fund ved seneste indlæsning."
        )}
      </p>
    </article>
  );
}
