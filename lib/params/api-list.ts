import { z } from "zod";
import "../api/schemas";
import { isoDate } from "./iso-date";
import { paramPairs, type ParamError, type SearchParamsInput } from "./read-params";

/**
 * Query parameters of the API's level lists (/api/v1/daginstitutioner, /anvisningsenheder, /alternative-adresser):
 * the register's EksportService look-ups by name, CVR, p-nummer and parent, with paging. One schema serves the
 * parser and the OpenAPI document.
 */
const digits = (n: number, name: string) => z.string().transform((v) => v.replace(/[\s-]/g, "")).pipe(z.string().regex(new RegExp(`^\\d{${n}}$`), `${name} skal være ${n} cifre`));
const number = z.string().transform((v) => v.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z]\d{5}$/, "skal være et institutionsnummer som G12345"));
const positive = (max: number, message: string) => z.string().regex(/^\d{1,7}$/, message).transform(Number).refine((n) => n >= 1 && n <= max, message);

export const API_PAGE_MAX = 1000;

export const ApiListQuery = z.object({
  navn: z.string().max(200, "højst 200 tegn").optional().openapi({ description: "Del af navnet (uden hensyn til store/små bogstaver og æ/ø/å-stavning)" }),
  cvr: digits(8, "cvr").optional().openapi({ description: "CVR-nummer, 8 cifre", example: "29188505" }),
  pnummer: digits(10, "pnummer").optional().openapi({ description: "P-nummer, 10 cifre", example: "1012345678" }),
  daginstitution: number.optional().openapi({ description: "Anvisningsenheder under denne daginstitution", example: "E12345" }),
  anvisningsenhed: number.optional().openapi({ description: "Alternative adresser under denne anvisningsenhed", example: "G12345" }),
  kommune: z.string().regex(/^\d{1,4}$/, "skal være en kommunekode").transform(Number).optional().openapi({ description: "Kommunekode (administrerende kommune for daginstitutioner, beliggenhed ellers)", example: "101" }),
  status: z.enum(["aktiv", "nedlagt", "alle"], { error: "skal være aktiv, nedlagt eller alle" }).optional().openapi({ description: "Standard: aktiv" }),
  changedSince: isoDate.optional().openapi({ description: "Kun poster, der er oprettet eller ændret (også lukket, genåbnet eller flyttet) i en indlæsning denne dag eller senere", example: "2026-11-18", type: "string", format: "date" }),
  side: positive(1_000_000, "skal være et sidetal fra 1").optional().openapi({ example: "1" }),
  pr_side: positive(API_PAGE_MAX, `skal være mellem 1 og ${API_PAGE_MAX}`).optional().openapi({ description: "Rækker pr. side, standard 100", example: "100" }),
});

export type ApiListState = {
  navn: string | null; cvr: string | null; pnummer: string | null; daginstitution: string | null; anvisningsenhed: string | null;
  kommune: number | null; status: "aktiv" | "nedlagt" | "alle"; changedSince: Date | null; side: number; prSide: number;
};

export function parseApiList(input: SearchParamsInput): { ok: true; state: ApiListState } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const single: Record<string, string> = {};
  for (const [key, all] of paramPairs(input)) {
    const values = all.filter((value) => value !== "");
    if (values.length > 1) errors.push({ param: key, value: values.join(", ").slice(0, 80), message: "er angivet flere gange" });
    else if (values.length === 1) single[key] = values[0];
  }
  const result = ApiListQuery.safeParse(single);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push({ param: String(issue.path[0]), value: String(single[String(issue.path[0])] ?? "").slice(0, 80), message: issue.message });
  }
  if (errors.length || !result.success) return { ok: false, errors };
  const q = result.data;
  return {
    ok: true,
    state: {
      navn: q.navn?.trim() || null, cvr: q.cvr ?? null, pnummer: q.pnummer ?? null, daginstitution: q.daginstitution ?? null,
      anvisningsenhed: q.anvisningsenhed ?? null, kommune: q.kommune ?? null, status: q.status ?? "aktiv", changedSince: q.changedSince ?? null, side: q.side ?? 1, prSide: q.pr_side ?? 100,
    },
  };
}
