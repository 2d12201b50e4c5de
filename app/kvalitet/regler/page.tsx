import type { Metadata } from "next";
import { MatrixTable } from "@/components/quality/matrix-table";
import { RuleEntry } from "@/components/quality/rule-entry";
import { SnapshotLine } from "@/components/record/snapshot-line";
import { readCrossValidationMatrix } from "@/lib/quality/cross-validation-matrix";
import { rulesByCategory } from "@/lib/quality/rules";
import type { RuleCategory } from "@/lib/quality/rule-types";
import { countQualityFindings } from "@/lib/register/quality";
import { getLabelMaps } from "@/lib/register/record-lookups";
import { getLatestSnapshot } from "@/lib/register/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Regler for datakvalitet" };

const CATEGORY_INTRO: Record<RuleCategory, string> = {
  Krydsvalidering: "Passer daginstitutionens ejerform, dens lovgrundlag og dens enheders institutionstyper sammen?",
  Struktur: "Hænger daginstitutioner og anvisningsenheder sammen, som registrets regler kræver?",
  Numre: "Er p-numre og CVR-numre udfyldt og gyldige?",
  Adresse: "Er adresserne fuldstændige og indbyrdes konsistente?",
  Kontakt: "Kan man komme i kontakt med enheden?",
  Indlæsning: "Regler, som portalen kontrollerer, mens den læser registrets eksportfiler. Rækken indlæses alligevel, og fundet vises her.",
};

const anchor = (category: RuleCategory) => `kategori-${category.toLowerCase().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")}`;

export default async function QualityRulesPage() {
  const [counts, labels, snapshot] = await Promise.all([countQualityFindings(), getLabelMaps(), getLatestSnapshot()]);
  const matrix = readCrossValidationMatrix();
  const antal = new Map(counts.perRegel.map((row) => [row.regel, row.antal]));
  const categories = rulesByCategory();
  return (
    <>
      <h1>Regler for datakvalitet</h1>
      <div className="mt-2 max-w-text space-y-2 text-lg">
        <p>
          Sådan kontrollerer portalen registrets oplysninger. Hver regel har en alvorlighed: <strong>fejl</strong> bryder
          en regel i registret, <strong>advarsel</strong> er sandsynligvis forkert og bør undersøges, og{" "}
          <strong>info</strong> er tilladt, men værd at vide. Fundene beregnes forfra ved hver indlæsning, og kun aktive
          poster kontrolleres. <a href="/kvalitet">Se fundene</a>.
        </p>
      </div>
      <nav aria-labelledby="paa-siden" className="mt-6">
        <h2 id="paa-siden" className="text-xl">På siden</h2>
        <ul className="mt-2 list-disc pl-6">
          {categories.map(({ kategori }) => (
            <li key={kategori}>
              <a href={`#${anchor(kategori)}`}>{kategori}</a>
            </li>
          ))}
          <li>
            <a href="#krydsvalidering">Krydsvalideringstabellen (udledt)</a>
          </li>
        </ul>
      </nav>
      {categories.map(({ kategori, regler }) => (
        <section key={kategori} aria-labelledby={anchor(kategori)} className="mt-10">
          <h2 id={anchor(kategori)}>{kategori}</h2>
          <p className="mt-2">{CATEGORY_INTRO[kategori]}</p>
          {regler.map((rule) => (
            <RuleEntry key={rule.kode} rule={rule} antal={antal.get(rule.kode) ?? 0} />
          ))}
        </section>
      ))}
      <section aria-labelledby="krydsvalidering" className="mt-10">
        <h2 id="krydsvalidering" className="scroll-mt-4">{`Krydsvalideringstabellen${matrix.udledt ? " (udledt)" : ""}`}</h2>
        <p className="mt-2">
          Reglerne om krydsvalidering bruger denne tabel. Den står i portalens fil <code>prisma/reference/krydsvalidering.json</code>,
          som siger om sig selv:
        </p>
        <blockquote className="mt-2 border-l-4 border-grey-300 pl-4">
          <p>{matrix.kilde}</p>
        </blockquote>
        <MatrixTable entries={matrix.entries} labels={labels} />
      </section>
      <SnapshotLine latestSnapshotDato={snapshot?.snapshotDato ?? null} />
    </>
  );
}
