"use client";

import "./globals.css";

/** Replaces the root layout when the layout itself fails (for instance when the database cannot be reached). */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="da">
      <body className="bg-white text-ink">
        <main className="container-site space-y-4 py-12">
          <h1>Dagtilbudsregisteret er ikke tilgængeligt lige nu</h1>
          <p className="text-lg">Siden kunne ikke vises, fordi portalen ikke kunne hente data. Prøv igen om lidt.</p>
          <button type="button" onClick={() => retry()} className="rounded-control bg-primary px-6 py-2 font-semibold text-white">
            Prøv igen
          </button>
        </main>
      </body>
    </html>
  );
}
