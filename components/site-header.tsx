import { PageLink } from "@/components/page-link";
import { SearchForm } from "@/components/search-form";
import { AUTHORITY, CONTACT_EMAIL, SITE_NAME, UNOFFICIAL_NOTE } from "@/lib/site";

const MAIN_NAV = [
  { href: "/kommuner", label: "Kommuner" },
  { href: "/dagtilbud", label: "Alle dagtilbud" },
  { href: "/aendringer", label: "Ændringer" },
  { href: "/kvalitet", label: "Datakvalitet" },
  { href: "/statistik", label: "Statistik" },
  { href: "/eksport", label: "Download data" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-grey-300 bg-white">
      <div className="border-b border-grey-200 bg-grey-100">
        <p className="container-site py-1 text-sm text-grey-700">{UNOFFICIAL_NOTE}</p>
      </div>
      <div className="container-site flex flex-wrap items-end justify-between gap-x-8 gap-y-4 py-4 md:py-6">
        <div>
          <PageLink href="/" className="text-2xl leading-tight font-semibold text-ink no-underline visited:text-ink hover:underline md:text-3xl">
            {SITE_NAME}
          </PageLink>
          <p className="mt-1 text-sm text-grey-700">{AUTHORITY}</p>
        </div>
        <SearchForm id="sidehoved-soeg" landmarkLabel="Søgning i registret" className="w-full max-w-2xl xl:w-auto xl:max-w-xl xl:flex-1" />
        <p className="text-sm">
          <span className="block font-semibold">Kontakt</span>
          <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>
        </p>
      </div>
      <nav aria-label="Hovedmenu" className="border-t border-grey-200">
        <ul className="container-site flex flex-wrap gap-x-6 gap-y-1 py-2">
          {MAIN_NAV.map(({ href, label }) => (
            <li key={href}>
              <PageLink href={href} className="font-semibold">{label}</PageLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
