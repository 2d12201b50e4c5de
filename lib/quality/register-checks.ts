import { Prisma } from "../generated/prisma/client";
import type { CrossValidationMatrix } from "./cross-validation-matrix";
import type { RegisterRuleCode } from "./register-rules";
import type { RuleLevel } from "./rule-types";

/**
 * The SQL of each register rule (lib/quality/register-rules.ts): one SELECT per rule and level giving the broken
 * records as (nummer, navn, kommune_kode, besked, vaerdi). Only active records; set-based, so one statement per
 * rule whatever the size of the register. Codes the importer already reports as unknown (ejerform, lovgrundlag,
 * institutionstype, kommune) are left to its findings.
 */
export type RegisterCheck = { regel: RegisterRuleCode; niveau: RuleLevel; select: Prisma.Sql };

/** "3 (Privat)", or "3" for a code without a label. */
const label = (code: string, name: string) => `${code}::text || COALESCE(' (' || ${name} || ')', '')`;

/** The unit and the alternative-address tables, which share the address columns. */
const ADDRESS_LEVELS = [
  { niveau: "anvisningsenhed", table: Prisma.raw("anvisningsenhed"), navn: Prisma.raw("t.navn"), noun: "Anvisningsenheden" },
  { niveau: "alternativ_adresse", table: Prisma.raw("alternativ_adresse"), navn: Prisma.raw("COALESCE(NULLIF(btrim(t.navn), ''), t.adresse)"), noun: "Den alternative adresse" },
] as const;

function matrixRows(matrix: CrossValidationMatrix): Prisma.Sql {
  const json = JSON.stringify(matrix.entries);
  return Prisma.sql`(
    SELECT (e->>'lovgrundlag')::int AS lovgrundlag,
      CASE WHEN jsonb_typeof(e->'ejerform') = 'array' THEN ARRAY(SELECT x::int FROM jsonb_array_elements_text(e->'ejerform') x) END AS ejerformer,
      ARRAY(SELECT x::int FROM jsonb_array_elements_text(e->'institutionstyper') x) AS typer
    FROM jsonb_array_elements(${json}::jsonb) e)`;
}

function crossValidation(matrix: CrossValidationMatrix): RegisterCheck[] {
  const m = matrixRows(matrix);
  return [
    {
      regel: "KRYDS_EJERFORM",
      niveau: "daginstitution",
      select: Prisma.sql`
        SELECT d.nummer, d.navn, d.adm_kommune_kode AS kommune_kode,
          format('Ejerform %s passer ikke til lovgrundlag %s, som kræver ejerform %s.',
            ${Prisma.raw(label("d.ejerform_kode", "e.navn"))}, ${Prisma.raw(label("d.lovgrundlag_kode", "l.navn"))},
            (SELECT string_agg(${Prisma.raw(label("x.kode", "xe.navn"))}, ' eller ' ORDER BY x.i)
               FROM unnest(m.ejerformer) WITH ORDINALITY AS x(kode, i) LEFT JOIN ejerform xe ON xe.kode = x.kode)) AS besked,
          format('ejerform %s, lovgrundlag %s', d.ejerform_kode, d.lovgrundlag_kode) AS vaerdi
        FROM daginstitution d
        JOIN ${m} m ON m.lovgrundlag = d.lovgrundlag_kode
        JOIN ejerform e ON e.kode = d.ejerform_kode
        JOIN lovgrundlag l ON l.kode = d.lovgrundlag_kode
        WHERE d.status = 'aktiv' AND m.ejerformer IS NOT NULL AND NOT (d.ejerform_kode = ANY (m.ejerformer))`,
    },
    {
      regel: "KRYDS_TYPE",
      niveau: "anvisningsenhed",
      select: Prisma.sql`
        SELECT a.nummer, a.navn, a.kommune_kode,
          format('Type %s passer ikke til lovgrundlag %s for daginstitutionen %s, som tillader %s %s.',
            ${Prisma.raw(label("a.inst_type3", "t.navn"))}, ${Prisma.raw(label("d.lovgrundlag_kode", "l.navn"))}, d.nummer,
            CASE WHEN cardinality(m.typer) = 1 THEN 'typen' ELSE 'typerne' END,
            (SELECT string_agg(${Prisma.raw(label("x.kode", "xt.navn"))}, ', ' ORDER BY x.i)
               FROM unnest(m.typer) WITH ORDINALITY AS x(kode, i) LEFT JOIN institutionstype xt ON xt.kode = x.kode)) AS besked,
          format('type %s, lovgrundlag %s', a.inst_type3, d.lovgrundlag_kode) AS vaerdi
        FROM anvisningsenhed a
        JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
        JOIN ${m} m ON m.lovgrundlag = d.lovgrundlag_kode
        JOIN lovgrundlag l ON l.kode = d.lovgrundlag_kode
        JOIN institutionstype t ON t.kode = a.inst_type3
        WHERE a.status = 'aktiv' AND NOT (a.inst_type3 = ANY (m.typer))`,
    },
  ];
}

const STRUCTURE: RegisterCheck[] = [
  {
    regel: "DAGINSTITUTION_UDEN_ENHED",
    niveau: "daginstitution",
    select: Prisma.sql`
      SELECT d.nummer, d.navn, d.adm_kommune_kode AS kommune_kode,
        CASE WHEN COALESCE(c.nedlagte, 0) = 0 THEN 'Ingen anvisningsenhed hører under daginstitutionen.'
          WHEN c.nedlagte = 1 THEN 'Daginstitutionens eneste anvisningsenhed er nedlagt.'
          ELSE format('Alle daginstitutionens %s anvisningsenheder er nedlagt.', c.nedlagte) END AS besked,
        NULL::text AS vaerdi
      FROM daginstitution d
      LEFT JOIN (
        SELECT daginstitutions_nummer, count(*) FILTER (WHERE status = 'aktiv') AS aktive, count(*) FILTER (WHERE status = 'nedlagt') AS nedlagte
        FROM anvisningsenhed GROUP BY daginstitutions_nummer
      ) c ON c.daginstitutions_nummer = d.nummer
      WHERE d.status = 'aktiv' AND COALESCE(c.aktive, 0) = 0`,
  },
  {
    regel: "ENHED_UNDER_NEDLAGT",
    niveau: "anvisningsenhed",
    select: Prisma.sql`
      SELECT a.nummer, a.navn, a.kommune_kode,
        format('Daginstitutionen %s (%s) er nedlagt%s, men anvisningsenheden er aktiv.', d.nummer, d.navn,
          COALESCE(' (set nedlagt ' || to_char(d.lukket_dato, 'DD.MM.YYYY') || ')', '')) AS besked,
        d.nummer::text AS vaerdi
      FROM anvisningsenhed a JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
      WHERE a.status = 'aktiv' AND d.status = 'nedlagt'`,
  },
];

const NUMBERS: RegisterCheck[] = [
  {
    regel: "MANGLER_PNUMMER",
    niveau: "anvisningsenhed",
    select: Prisma.sql`
      SELECT a.nummer, a.navn, a.kommune_kode, 'Anvisningsenheden har intet p-nummer.' AS besked, NULL::text AS vaerdi
      FROM anvisningsenhed a WHERE a.status = 'aktiv' AND COALESCE(btrim(a.p_nummer), '') = ''`,
  },
  {
    regel: "PNUMMER_DELT",
    niveau: "anvisningsenhed",
    select: Prisma.sql`
      WITH p AS (
        SELECT btrim(p_nummer) AS p, nummer, navn, kommune_kode FROM anvisningsenhed
        WHERE status = 'aktiv' AND COALESCE(btrim(p_nummer), '') <> ''
      ), g AS (
        SELECT p, count(*) AS n, array_agg(nummer ORDER BY nummer) AS numre FROM p GROUP BY p HAVING count(*) > 1
      )
      SELECT p.nummer, p.navn, p.kommune_kode,
        format('P-nummer %s bruges også af %s: %s.', p.p,
          CASE WHEN g.n = 2 THEN 'en anden aktiv anvisningsenhed' ELSE (g.n - 1) || ' andre aktive anvisningsenheder' END,
          array_to_string(array_remove(g.numre, p.nummer), ', ')) AS besked,
        p.p AS vaerdi
      FROM p JOIN g ON g.p = p.p`,
  },
];

/** CVR numbers failing the check digit are found in TypeScript (lib/format/numbers.ts) and passed in. */
function cvrCheckDigit(invalidCvrs: string[]): RegisterCheck[] {
  if (invalidCvrs.length === 0) return [];
  const json = JSON.stringify(invalidCvrs);
  return ADDRESS_LEVELS.map(({ niveau, table, navn }) => ({
    regel: "CVR_KONTROLCIFFER",
    niveau,
    select: Prisma.sql`
      SELECT t.nummer, ${navn} AS navn, t.kommune_kode,
        format('CVR-nummeret %s består ikke modulus 11-kontrollen, så CVR kan ikke have tildelt det.', t.cvr_nummer) AS besked,
        t.cvr_nummer AS vaerdi
      FROM ${table} t
      WHERE t.status = 'aktiv' AND t.cvr_nummer IN (SELECT jsonb_array_elements_text(${json}::jsonb))`,
  }));
}

/** The distinct well-formed CVR numbers of active units and alternative addresses, to check in TypeScript. */
export const ACTIVE_CVR_NUMBERS = Prisma.sql`
  SELECT cvr_nummer AS cvr FROM anvisningsenhed WHERE status = 'aktiv' AND cvr_nummer ~ '^[0-9]{8}$'
  UNION
  SELECT cvr_nummer FROM alternativ_adresse WHERE status = 'aktiv' AND cvr_nummer ~ '^[0-9]{8}$'`;

const ADDRESSES: RegisterCheck[] = ADDRESS_LEVELS.flatMap(({ niveau, table, navn, noun }): RegisterCheck[] => [
  {
    regel: "POSTNUMMER_KOMMUNE",
    niveau,
    select: Prisma.sql`
      SELECT t.nummer, ${navn} AS navn, t.kommune_kode,
        format('Postnummer %s %s hører efter portalens postnummerliste til kommune %s, men adressen har kommunekode %s.',
          pn.nummer, pn.bynavn,
          (SELECT string_agg(${Prisma.raw(label("x.kode", "xk.navn"))}, ' eller ' ORDER BY x.i)
             FROM unnest(pn.kommune_koder) WITH ORDINALITY AS x(kode, i) LEFT JOIN kommune xk ON xk.kode = x.kode),
          ${Prisma.raw(label("t.kommune_kode", "k.navn"))}) AS besked,
        pn.nummer::text AS vaerdi
      FROM ${table} t
      JOIN postnummer pn ON pn.nummer = btrim(t.post_nummer)
      JOIN kommune k ON k.kode = t.kommune_kode
      WHERE t.status = 'aktiv' AND cardinality(pn.kommune_koder) > 0 AND NOT (t.kommune_kode = ANY (pn.kommune_koder))`,
  },
  {
    regel: "POSTNUMMER_UKENDT",
    niveau,
    select: Prisma.sql`
      SELECT t.nummer, ${navn} AS navn, t.kommune_kode,
        format('Postnummer %s findes ikke i portalens liste over danske postnumre.', btrim(t.post_nummer)) AS besked,
        btrim(t.post_nummer) AS vaerdi
      FROM ${table} t
      WHERE t.status = 'aktiv' AND COALESCE(btrim(t.post_nummer), '') <> ''
        AND NOT EXISTS (SELECT 1 FROM postnummer pn WHERE pn.nummer = btrim(t.post_nummer))`,
  },
  {
    regel: "MANGLER_KOORDINATER",
    niveau,
    select: Prisma.sql`
      SELECT t.nummer, ${navn} AS navn, t.kommune_kode,
        CASE WHEN t.geo_bredde IS NULL AND t.geo_laengde IS NULL THEN ${`${noun} har ingen koordinater.`}
          WHEN t.geo_bredde IS NULL THEN ${`${noun} har længdegrad, men ingen breddegrad.`}
          ELSE ${`${noun} har breddegrad, men ingen længdegrad.`} END AS besked,
        NULL::text AS vaerdi
      FROM ${table} t
      WHERE t.status = 'aktiv' AND (t.geo_bredde IS NULL OR t.geo_laengde IS NULL)`,
  },
]);

const CONTACT: RegisterCheck[] = [
  {
    regel: "MANGLER_KONTAKT",
    niveau: "anvisningsenhed",
    select: Prisma.sql`
      SELECT a.nummer, a.navn, a.kommune_kode, 'Anvisningsenheden har hverken e-mail eller telefonnummer i registret.' AS besked, NULL::text AS vaerdi
      FROM anvisningsenhed a
      WHERE a.status = 'aktiv' AND COALESCE(btrim(a.email), '') = '' AND COALESCE(btrim(a.telefon_nummer), '') = ''`,
  },
];

/** Every register rule's SQL, given the matrix and the CVR numbers that fail the check digit. */
export function registerChecks(matrix: CrossValidationMatrix, invalidCvrs: string[]): RegisterCheck[] {
  return [...crossValidation(matrix), ...STRUCTURE, ...NUMBERS, ...cvrCheckDigit(invalidCvrs), ...ADDRESSES, ...CONTACT];
}
