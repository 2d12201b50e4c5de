import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getLatestSnapshot } from "@/lib/register/snapshot";
import { SITE_NAME } from "@/lib/site";
import { plexLatin, plexLatinExt } from "./fonts/plex";
import "./globals.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "Søg og se oplysninger fra Dagtilbudsregisteret: Danmarks register over daginstitutioner, anvisningsenheder og deres adresser.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const snapshot = await getLatestSnapshot();
  return (
    <html lang="da" className={`${plexLatin.variable} ${plexLatinExt.variable}`}>
      <body className="flex min-h-screen flex-col bg-white text-ink antialiased">
        <a
          href="#indhold"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-small focus:bg-white focus:px-4 focus:py-2"
        >
          Gå til sidens indhold
        </a>
        <SiteHeader />
        <main id="indhold" tabIndex={-1} className="container-site w-full flex-1 py-8 md:py-12">
          <DemoBanner snapshot={snapshot} />
          {children}
        </main>
        <SiteFooter snapshot={snapshot} />
      </body>
    </html>
  );
}
