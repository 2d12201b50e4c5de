/** What a search box query looks like, after the spaces, dashes and dots people type in numbers are dropped. */
export type QueryKind =
  | { kind: "institutionsnummer"; value: string }
  | { kind: "cvr"; value: string }
  | { kind: "pnummer"; value: string }
  | { kind: "postnummer"; value: string }
  | { kind: "tekst"; value: string };

export function classifyQuery(query: string): QueryKind {
  const text = query.trim();
  const compact = text.replace(/[\s.\-–]/g, "");
  if (/^[a-zæøå]\d{5}$/i.test(compact)) return { kind: "institutionsnummer", value: compact.toUpperCase() };
  if (/^\d{10}$/.test(compact)) return { kind: "pnummer", value: compact };
  if (/^\d{8}$/.test(compact)) return { kind: "cvr", value: compact };
  if (/^\d{4}$/.test(compact)) return { kind: "postnummer", value: compact };
  return { kind: "tekst", value: text };
}
