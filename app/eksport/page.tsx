import type { Metadata } from "next";
import type { ReactNode } from "react";
import { formatCalendarDate, formatNumber } from "@/lib/format/danish";
import { browseHref } from "@/lib/links";
import { OFFICIAL_FILE_NAMES } from "@/lib/official-format/columns";
import { OFFICIAL_FILE_COLUMNS, OFFICIAL_FILE_KEYS, getOfficialFileCounts, type OfficialFileKey } from "@/lib/register/official-stream";
import { getLatestSnapshot } from "@/lib/register/snapshot";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Download data" };

const FILES: Record<OfficialFileKey, { title: string; description: ReactNode; noun: string }> = {
  daginstitutioner: {
    title: "Daginstitutioner",
    description:
      "Én række pr. daginstitution: nummer, navn, ejerform, lovgrundlag og den kommune, der administrerer den, med kodernes betegnelser.",
    noun: "daginstitutioner",
  },
  anvisningsenheder: {
    title: "Anvisningsenheder",
    description:
      "Én række pr. anvisningsenhed: nummer, navn, adresse med koordinater, institutionstype, e-mail, telefon, CVR- og p-nummer og nummeret på den daginstitution, enheden hører til.",
    noun: "anvisningsenheder",
  },
  alternativeAdresser: {
    title: "Alternative adresser",
    description: "Én række pr. alternativ adresse: nummer, navn, adresse med koordinater, CVR- og p-nummer og nummeret på den anvisningsenhed, adressen hører til.",
    noun: "alternative adresser",
  },
  samlet: {
    title: "Samlet udtræk",
    description: (
      <>
        Alle tre niveauer i én fil: én række pr. daginstitution, anvisningsenhed og alternativ adresse, hvor kolonnen{" "}
        <code>dagtilbudsType</code> siger hvilket. En anvisningsenheds række har også sin daginstitutions navn, ejerform,
        lovgrundlag og administrerende kommune.
      </>
    ),
    noun: "rækker",
  },
};

const downloadHref = (key: OfficialFileKey) => `/eksport/officielle/${OFFICIAL_FILE_NAMES[key]}`;

export default async function ExportPage() {
  const [snapshot, counts] = await Promise.all([getLatestSnapshot(), getOfficialFileCounts()]);
  return (
    <>
      <h1>Download data</h1>
      <div className="mt-4 space-y-3">
        <p className="text-lg">
          Her kan du hente hele registret som de fire CSV-filer, Dagtilbudsregisteret selv udgiver, i samme format og
          med de samme kolonnenavne. Et program, der læser registrets egne filer, kan læse filerne herfra uden ændringer.
        </p>
        <p>
          Filerne rummer alle rækker, også nedlagte dagtilbud. Kolonnen <code>aktivitetsstatus</code> viser, om en række
          er <code>Aktiv</code> eller <code>Nedlagt</code>; et dagtilbud, der er forsvundet fra registrets udtræk, står
          som <code>Nedlagt</code>.
        </p>
        {snapshot ? (
          <p>
            Data fra øjebliksbillede af {formatCalendarDate(snapshot.snapshotDato)}
            {snapshot.demo ? " (demodata)" : ""}. Filnavnet får øjebliksbilledets dato.
          </p>
        ) : (
          <p>Der er endnu ikke indlæst data, så der er intet at hente.</p>
        )}
      </div>

      {OFFICIAL_FILE_KEYS.map((key) => {
        const file = FILES[key];
        const columns = OFFICIAL_FILE_COLUMNS[key];
        const headingId = `fil-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className="mt-10">
            <h2 id={headingId}>{file.title}</h2>
            <p className="mt-2">{file.description}</p>
            <p className="mt-3">
              {snapshot ? (
                <a href={downloadHref(key)} download className="font-semibold">
                  Hent {OFFICIAL_FILE_NAMES[key]}
                </a>
              ) : (
                <span className="font-semibold">{OFFICIAL_FILE_NAMES[key]}</span>
              )}{" "}
              <span className="text-grey-700">
                · {formatNumber(counts[key].rows)} {file.noun}
                {counts[key].nedlagte > 0 ? `, heraf ${formatNumber(counts[key].nedlagte)} nedlagte` : ""} · {columns.length} kolonner
              </span>
            </p>
            <details className="mt-3 rounded-small border border-grey-300">
              <summary className="cursor-pointer px-4 py-2">Kolonner i {OFFICIAL_FILE_NAMES[key]}</summary>
              <ol className="list-decimal columns-1 border-t border-grey-200 py-3 pr-4 pl-10 font-mono text-sm sm:columns-2 lg:columns-3">
                {columns.map((column) => (
                  <li key={column}>{column}</li>
                ))}
              </ol>
            </details>
          </section>
        );
      })}

      <section aria-labelledby="format" className="mt-12">
        <h2 id="format">Format</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            Semikolon (<code>;</code>) mellem felterne og kolonnenavne i første række.
          </li>
          <li>Tegnsæt UTF-8 med BOM, så Excel viser æ, ø og å rigtigt.</li>
          <li>Linjeskift CRLF (som Windows).</li>
          <li>
            Decimalkomma i koordinaterne <code>geoBredde</code> og <code>geoLaengde</code> (WGS84), fx <code>55,676098</code>.
          </li>
          <li>
            Et felt, der indeholder semikolon, anførselstegn eller linjeskift, står i anførselstegn (<code>&quot;</code>),
            og et anførselstegn i feltet skrives dobbelt.
          </li>
          <li>
            En kodet kolonne, fx <code>ejerformKode</code>, følges af kodens betegnelse i <code>ejerformKode_Tekst</code>;
            se <a href="/kodelister">kodelisterne</a>.
          </li>
          <li>
            <code>senestOpdateret</code> er registrets tidspunkt for seneste ændring, skrevet <code>dd-MM-yyyy HH:mm:ss</code> i dansk tid.
          </li>
          <li>Et tomt felt betyder, at registret ikke har en værdi.</li>
        </ul>
      </section>

      <section aria-labelledby="udsnit" className="mt-12">
        <h2 id="udsnit">Kun en del af registret?</h2>
        <p className="mt-3">
          Listevisningerne kan eksporteres med de filtre, du har valgt, fx en kommune, en institutionstype eller en
          ejerform. Vælg filtrene i <a href={browseHref()}>Alle dagtilbud</a> eller under en kommune, og hent listen
          derfra.
        </p>
      </section>
    </>
  );
}
