import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API" };

type Operation = { summary?: string; description?: string; parameters?: { name: string; in: string; description?: string }[] };

const EXAMPLES = [
  ["Én anvisningsenhed", "curl https://<portal>/api/v1/anvisningsenheder/G12345"],
  ["Alle enheder med et p-nummer", "curl 'https://<portal>/api/v1/anvisningsenheder?pnummer=1012345678'"],
  ["En kommunes dagtilbud, 200 ad gangen, sorteret efter adresse", "curl 'https://<portal>/api/v1/dagtilbud?kommune=101&pr_side=200&sorter=adresse'"],
  ["Hent kun igen, hvis data er ændret", "curl -H 'If-None-Match: W/\"s…\"' https://<portal>/api/v1/kodelister   # 304 uden indhold, hvis intet er ændret"],
];

/** The API page: the endpoint list is read from the OpenAPI document, so the page cannot drift from the API. */
export default function ApiPage() {
  const paths = Object.entries(openApiDocument().paths ?? {}) as [string, { get: Operation }][];
  return (
    <>
      <h1>API</h1>
      <div className="mt-4 max-w-text space-y-4 text-lg">
        <p>
          Portalens data kan hentes maskinelt som JSON under <code>/api/v1</code>, uden nøgle og uden login. API&apos;et
          dækker det samme som registrets EksportService: alle dagtilbud, daginstitutioner og anvisningsenheder, opslag på
          nummer, navn, CVR- og p-nummer, alternative adresser og kodelister.
        </p>
        <p>
          Den maskinlæsbare beskrivelse (OpenAPI 3.1) ligger på <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
      </div>

      <h2 className="mt-10">Adresser</h2>
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">API&apos;ets adresser</caption>
        <thead>
          <tr className="border-b-2 border-grey-700">
            <th scope="col" className="px-2 py-2">Adresse</th>
            <th scope="col" className="px-2 py-2">Indhold</th>
            <th scope="col" className="px-2 py-2">Parametre</th>
          </tr>
        </thead>
        <tbody>
          {paths.map(([path, { get }]) => (
            <tr key={path} className="border-b border-grey-200 align-top">
              <td className="px-2 py-2 font-mono whitespace-nowrap">GET {path}</td>
              <td className="px-2 py-2">
                {get.summary}
                {get.description && <span className="block text-sm text-grey-700">{get.description}</span>}
              </td>
              <td className="px-2 py-2 font-mono text-sm">{(get.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="mt-10">Eksempler</h2>
      <dl className="mt-4 space-y-4">
        {EXAMPLES.map(([title, command]) => (
          <div key={title}>
            <dt className="font-semibold">{title}</dt>
            <dd className="mt-1 overflow-x-auto rounded-small bg-grey-100 p-3 font-mono text-sm">{command}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-10">Regler for brug</h2>
      <ul className="mt-4 max-w-text list-disc space-y-2 pl-6">
        <li>Lister er sidedelt med <code>side</code> og <code>pr_side</code> (højst 1.000); svaret har <code>total</code> og <code>sider</code>.</li>
        <li>
          Hvert svar har <code>ETag</code> og <code>Last-Modified</code>, som følger det seneste øjebliksbillede. Send
          <code> If-None-Match</code>, så svarer portalen <code>304</code>, hvis intet er ændret.
        </li>
        <li>Fejl svares som <code>application/problem+json</code> med en forklaring på dansk: 400 for ugyldige parametre, 404 for ukendte numre.</li>
        <li>CORS er åben, så API&apos;et kan bruges direkte fra en browser.</li>
        <li>
          Hver klient kan sende et begrænset antal forespørgsler pr. minut. Over grænsen svarer portalen <code>429</code> med
          <code> Retry-After</code>. Skal du hente alt, så brug hellere de samlede eksportfiler.
        </li>
      </ul>
    </>
  );
}
