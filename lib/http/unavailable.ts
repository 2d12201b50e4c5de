import { sha256Source } from "./inline-scripts";
import { documentCsp } from "./security-headers";

export const RETRY_AFTER_S = 30;

const STYLE = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;line-height:1.5}
header{background:#1a1a1a;color:#fff;padding:1rem 1.5rem;font-weight:600}
main{max-width:40rem;padding:2rem 1.5rem}h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}a{color:#004993}`;

const HTML = `<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Midlertidigt utilgængelig · Dagtilbudsregisteret</title><meta name="robots" content="noindex"><style>${STYLE}</style></head>
<body><header>Dagtilbudsregisteret</header><main>
<h1>Registret er midlertidigt utilgængeligt</h1>
<p>Portalen kan ikke læse registrets data lige nu. Det skyldes en fejl hos os, ikke noget, du har gjort.</p>
<p>Prøv igen om et halvt minut. Siden virker igen af sig selv, så snart forbindelsen til databasen er genoprettet.</p>
<p><a href="/">Til forsiden</a></p>
</main></body></html>
`;

export const UNAVAILABLE_PAGE = { html: HTML, csp: documentCsp([], [sha256Source(STYLE)]) };

export const UNAVAILABLE_PROBLEM = JSON.stringify({
  type: "about:blank",
  title: "Registret kan ikke læses lige nu",
  status: 503,
  detail: "Portalen har ikke forbindelse til registrets database. Prøv igen om lidt.",
});
