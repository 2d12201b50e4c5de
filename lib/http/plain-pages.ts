import { sha256Source } from "./inline-scripts";
import { documentCsp } from "./security-headers";

/*
 * Pages the proxy answers by itself, when the portal cannot render: self-contained HTML with one inline style
 * (listed by hash in their policy), no scripts, nothing from the database.
 */

export const RETRY_AFTER_S = 30;

const STYLE = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;line-height:1.5}
header{background:#1a1a1a;color:#fff;padding:1rem 1.5rem;font-weight:600}
main{max-width:40rem;padding:2rem 1.5rem}h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}a{color:#004993}`;

export type PlainPage = { html: string; csp: string };

function plainPage(title: string, paragraphs: string[]): PlainPage {
  const html = `<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Dagtilbudsregisteret</title><meta name="robots" content="noindex"><style>${STYLE}</style></head>
<body><header>Dagtilbudsregisteret</header><main>
<h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<p><a href="/">Til forsiden</a></p>
</main></body></html>
`;
  return { html, csp: documentCsp([], [sha256Source(STYLE)]) };
}

export const UNAVAILABLE_PAGE = plainPage("Registret er midlertidigt utilgængeligt", [
  "Portalen kan ikke læse registrets data lige nu. Det skyldes en fejl hos os, ikke noget, du har gjort.",
  "Prøv igen om et halvt minut. Siden virker igen af sig selv, så snart forbindelsen til databasen er genoprettet.",
]);

export const BAD_ADDRESS_PAGE = plainPage("Adressen kan ikke læses", [
  "Adressen indeholder en %-kode, der ikke er gyldig (for eksempel et % uden to hex-cifre efter). Tjek, at den er kopieret helt.",
]);

export const BAD_ADDRESS_PROBLEM = JSON.stringify({
  type: "about:blank",
  title: "Ugyldig adresse",
  status: 400,
  detail: "Adressen indeholder en ugyldig %-kode.",
});

export const BAD_ADDRESS_TEXT = "Adressen indeholder en ugyldig %-kode.\n";
