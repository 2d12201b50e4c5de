import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { classifyQuery, type QueryKind } from "@/lib/format/query-kind";
import { searchText } from "@/lib/format/search-text";
import { recordHref, type RecordLevel } from "@/lib/links";

export type SearchHit = { level: RecordLevel; nummer: string; navn: string; adresse: string | null; kommuneNavn: string | null; status: "AKTIV" | "NEDLAGT" };
export type SearchResult = { kind: QueryKind["kind"]; value: string; hits: SearchHit[]; limited: boolean; tooShort: boolean; redirect: string | null };

const MAX_WORDS = 6;

export const SEARCH_LIMIT = 100;
/** Lower than pg_trgm's default 0.6, so a typo or two still finds the name. */
const WORD_SIMILARITY = 0.45;
const MIN_TEXT = 3;

type RawHit = Omit<SearchHit, "status"> & { status: string };

/** One kind of record: its SELECT with a `rank` column (lower is better), and its own columns by name. */
type Source = { from: (rank: Prisma.Sql) => Prisma.Sql; column: (name: string) => Prisma.Sql };

const source = (alias: string, from: (rank: Prisma.Sql) => Prisma.Sql): Source => ({ from, column: (name) => Prisma.raw(`${alias}.${name}`) });

const units = source("a", (rank) => Prisma.sql`
  SELECT 'anvisningsenhed' AS level, a.nummer, a.navn, a.adresse, k.navn AS "kommuneNavn", a.status::text AS status,
    a.sorteringsnavn, ${rank} AS rank
  FROM anvisningsenhed a LEFT JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
  LEFT JOIN kommune k ON k.kode = COALESCE(d.adm_kommune_kode, a.kommune_kode)`);
const daginstitutioner = source("d", (rank) => Prisma.sql`
  SELECT 'daginstitution' AS level, d.nummer, d.navn, NULL AS adresse, k.navn AS "kommuneNavn", d.status::text AS status,
    d.sorteringsnavn, ${rank} AS rank
  FROM daginstitution d LEFT JOIN kommune k ON k.kode = d.adm_kommune_kode`);
const alternatives = source("x", (rank) => Prisma.sql`
  SELECT 'alternativ_adresse' AS level, x.nummer, COALESCE(x.navn, x.adresse) AS navn, x.adresse, k.navn AS "kommuneNavn",
    x.status::text AS status, x.sorteringsnavn, ${rank} AS rank
  FROM alternativ_adresse x LEFT JOIN kommune k ON k.kode = x.kommune_kode`);

/**
 * The search box: a number that matches exactly one record redirects to it; a name or address is matched by
 * trigram word similarity on the normalised search text, best first, read in that order from a GiST index.
 */
async function searchRegisterUncached(query: string): Promise<SearchResult> {
  const q = classifyQuery(query);
  const base = { kind: q.kind, value: q.value, limited: false, tooShort: false, redirect: null };
  const hits = await findHits(q);
  if (hits === null) return { ...base, hits: [], tooShort: true };
  const limited = hits.length > SEARCH_LIMIT;
  const shown = hits.slice(0, SEARCH_LIMIT);
  const isNumber = q.kind === "institutionsnummer" || q.kind === "cvr" || q.kind === "pnummer";
  const redirect = isNumber && shown.length === 1 ? recordHref(shown[0].level, shown[0].nummer) : null;
  return { ...base, hits: shown, limited, redirect };
}

async function findHits(q: QueryKind): Promise<SearchHit[] | null> {
  const prisma = await serverPrisma();
  const limit = SEARCH_LIMIT + 1;
  const select = (...parts: Prisma.Sql[]) => Prisma.sql`
    SELECT level, nummer, navn, adresse, "kommuneNavn", status FROM (${Prisma.join(parts, " UNION ALL ")}) hits
    ORDER BY rank, (status = 'aktiv') DESC, sorteringsnavn COLLATE "C", nummer LIMIT ${limit}`;
  const exact = (from: Source, column: string, value: string) => Prisma.sql`${from.from(Prisma.sql`0`)} WHERE ${from.column(column)} = ${value}`;
  let rows: RawHit[];
  switch (q.kind) {
    case "institutionsnummer":
      rows = await prisma.$queryRaw<RawHit[]>(select(exact(units, "nummer", q.value), exact(daginstitutioner, "nummer", q.value), exact(alternatives, "nummer", q.value)));
      break;
    case "cvr":
      rows = await prisma.$queryRaw<RawHit[]>(select(exact(units, "cvr_nummer", q.value), exact(alternatives, "cvr_nummer", q.value)));
      break;
    case "pnummer":
      rows = await prisma.$queryRaw<RawHit[]>(select(exact(units, "p_nummer", q.value), exact(alternatives, "p_nummer", q.value)));
      break;
    case "postnummer":
      rows = await prisma.$queryRaw<RawHit[]>(select(exact(units, "post_nummer", q.value), exact(alternatives, "post_nummer", q.value)));
      break;
    case "tekst": {
      // Every word of three or more letters must be found (typos allowed). Each word costs an index condition:
      // repeated words count once, and words after the first MAX_WORDS are ignored.
      const words = [...new Set(searchText(q.value).split(" ").filter((word) => word.length >= MIN_TEXT))].slice(0, MAX_WORDS);
      if (words.length === 0) return null;
      const phrase = words.join(" ");
      // Ranked by the words' similarity to the best-matching stretch of the text, best first. The GiST index hands
      // rows over in that order, so each branch stops after `limit` rows even when a common word matches half the
      // register. Active and closed records are separate branches, so ties at the top still put active ones first.
      const ranked = (from: Source, active: boolean) => {
        const matches = Prisma.join(words.map((word) => Prisma.sql`${word} <% ${from.column("soegetekst")}`), " AND ");
        return Prisma.sql`(${from.from(Prisma.sql`${phrase}::text <<-> ${from.column("soegetekst")}`)}
          WHERE ${matches} AND ${from.column("status")} ${active ? Prisma.sql`=` : Prisma.sql`<>`} 'aktiv' ORDER BY rank LIMIT ${limit})`;
      };
      const [, found] = await prisma.$transaction([
        prisma.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY}`),
        prisma.$queryRaw<RawHit[]>(select(...[units, daginstitutioner, alternatives].flatMap((from) => [ranked(from, true), ranked(from, false)]))),
      ]);
      rows = found;
      break;
    }
  }
  return rows.map((row) => ({ ...row, level: row.level as RecordLevel, status: row.status === "nedlagt" ? "NEDLAGT" : "AKTIV" }));
}

/** Search results depend only on the query and the snapshot: a repeated query is answered from memory. */
export const searchRegister = perSnapshot("searchRegister", searchRegisterUncached);
