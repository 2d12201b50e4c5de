import { PageLink } from "@/components/page-link";
import { formatCalendarDate, formatDateShort } from "@/lib/format/danish";
import type { LatestSnapshot } from "@/lib/register/snapshot";
import { AUTHORITY, CONTACT_EMAIL, SITE_NAME, UNOFFICIAL_NOTE } from "@/lib/site";

export function SiteFooter({ snapshot }: { snapshot: LatestSnapshot | null }) {
  return (
    <footer className="mt-12 border-t border-grey-300 bg-grey-100">
      <div className="container-site grid gap-8 py-8 md:grid-cols-3">
        <div>
          <h2 className="text-lg font-semibold">{SITE_NAME}</h2>
          <p className="mt-2 text-sm">{AUTHORITY}</p>
          <p className="mt-2 text-sm text-grey-700">{UNOFFICIAL_NOTE}</p>
          <p className="mt-2 text-sm">
            {snapshot
              ? `Data fra øjebliksbillede af ${formatCalendarDate(snapshot.snapshotDato)}${snapshot.demo ? " (demodata)" : ""}, indlæst ${formatDateShort(snapshot.importeretTid)}.`
              : "Der er endnu ikke indlæst data."}
          </p>
        </div>
        <div>
          <h2 className="text-lg font-semibold">Kontakt</h2>
          <p className="mt-2 text-sm">
            E-mail: <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>
          </p>
        </div>
        <nav aria-label="Om portalen">
          <h2 className="text-lg font-semibold">Om portalen</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <PageLink href="/kodelister">Kodelister</PageLink>
            </li>
            <li>
              <PageLink href="/eksport">Download data</PageLink>
            </li>
            <li>
              <PageLink href="/api-dokumentation">API</PageLink>
            </li>
            <li>
              <PageLink href="/tilgaengelighed">Tilgængelighedserklæring</PageLink>
            </li>
            <li>
              <PageLink href="/privatliv">Privatlivspolitik (cookies)</PageLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
