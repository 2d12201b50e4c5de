import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { DEFAULT_LIST_STATE, type RegisterListState } from "../../lib/params/register-list";
import { facetCounts } from "../../lib/register/facets";
import { getKommuneHierarchy, listKommuner } from "../../lib/register/kommuner";
import { searchRegister } from "../../lib/register/search";
import { listUnits } from "../../lib/register/unit-list";
import { openDemoDatabase } from "../helpers/test-database";

let db: Database;
const state = (change: Partial<RegisterListState>): RegisterListState => ({ ...DEFAULT_LIST_STATE, ...change });
const danish = new Intl.Collator("da");

beforeAll(async () => {
  db = await openDemoDatabase();
});
afterAll(() => db.close());

describe("listUnits", () => {
  it("pages the active units in Danish name order, with the total", async () => {
    const active = await db.prisma.anvisningsenhed.count({ where: { status: "AKTIV" } });
    const first = await listUnits(state({ prSide: 200 }));
    expect(first.total).toBe(active);
    expect(first.rows).toHaveLength(200);
    const names = first.rows.map((r) => r.navn);
    expect(names).toEqual([...names].sort(danish.compare));
    const last = await listUnits(state({ prSide: 200, side: first.sider }));
    expect(last.rows.length).toBe(active - 200 * (first.sider - 1));
    const lastNames = last.rows.map((r) => r.navn);
    expect(lastNames).toEqual([...lastNames].sort(danish.compare));
    expect(danish.compare(names[0], lastNames.at(-1)!)).toBeLessThan(0);
  });

  it("filters by kommune, type and ejerform exactly as the database counts them", async () => {
    const page = await listUnits(state({ kommune: 751, type: 6012, ejerform: 1, prSide: 200 }));
    const expected = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM anvisningsenhed a JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
       WHERE d.adm_kommune_kode = 751 AND a.inst_type3 = 6012 AND d.ejerform_kode = 1 AND a.status = 'aktiv'`,
    );
    expect(page.total).toBe(expected[0].n);
    expect(page.rows.every((r) => r.kommuneKode === 751 && r.typeKode === 6012 && r.ejerformKode === 1 && r.status === "AKTIV")).toBe(true);
  });

  it("sorts by any sortable column in both directions, stable by number", async () => {
    const asc = await listUnits(state({ kommune: 101, sorter: "cvr", prSide: 200, status: "alle" }));
    const desc = await listUnits(state({ kommune: 101, sorter: "cvr", retning: "desc", prSide: 200, status: "alle" }));
    const cvrs = asc.rows.map((r) => r.cvrNummer ?? "~");
    expect(cvrs).toEqual([...cvrs].sort());
    expect(desc.rows[0].cvrNummer! >= asc.rows[0].cvrNummer!).toBe(true);
  });

  it("returns no rows but the right total past the last page", async () => {
    const page = await listUnits(state({ kommune: 101, side: 999 }));
    expect(page.rows).toEqual([]);
    expect(page.total).toBeGreaterThan(400);
  });
});

describe("facetCounts", () => {
  it("counts each filter's values with the other filters applied", async () => {
    const facets = await facetCounts(state({ kommune: 101 }), ["kommune", "type", "ejerform"]);
    const total = (await listUnits(state({ kommune: 101 }))).total;
    expect(facets.type!.reduce((n, v) => n + v.count, 0)).toBe(total);
    expect(facets.ejerform!.map((v) => v.label)).toEqual(expect.arrayContaining(["Kommunal", "Privat"]));
    // The kommune facet ignores the kommune filter itself: it lists every kommune.
    expect(facets.kommune!.length).toBe(98);
  });
});

describe("kommuner", () => {
  it("lists the 98 kommuner by region with counts that add up to the register", async () => {
    const kommuner = await listKommuner();
    expect(kommuner).toHaveLength(98);
    const active = await db.prisma.anvisningsenhed.count({ where: { status: "AKTIV", OR: [{ daginstitutionsNummer: { not: null } }, { kommuneKode: { not: null } }] } });
    expect(kommuner.reduce((n, k) => n + k.anvisningsenheder, 0)).toBe(active);
    expect(kommuner.find((k) => k.kode === 101)).toMatchObject({ navn: "København", regionNavn: "Region Hovedstaden" });
  });

  it("gives a kommune's hierarchy with every active unit under its daginstitution", async () => {
    const hierarchy = await getKommuneHierarchy(101, "aktiv");
    const units = hierarchy.daginstitutioner.reduce((n, d) => n + d.enheder.length, 0) + hierarchy.enhederUdenDaginstitution.length;
    expect(units).toBe((await listUnits(state({ kommune: 101 }))).total);
    const names = hierarchy.daginstitutioner.map((d) => d.navn);
    expect(names).toEqual([...names].sort(danish.compare));
  });
});

describe("searchRegister", () => {
  it("goes straight to a record for an institution number typed with spaces and lower case", async () => {
    const unit = await db.prisma.anvisningsenhed.findFirstOrThrow({ where: { status: "AKTIV" }, orderBy: { nummer: "asc" } });
    const spaced = `${unit.nummer[0].toLowerCase()} ${unit.nummer.slice(1, 3)} ${unit.nummer.slice(3)}`;
    expect((await searchRegister(spaced)).redirect).toBe(`/anvisningsenheder/${unit.nummer}`);
  });

  it("lists every unit of a CVR shared by many, and goes straight to a unique p-nummer", async () => {
    const shared = await db.prisma.anvisningsenhed.groupBy({ by: ["cvrNummer"], _count: true, where: { cvrNummer: { not: null } }, orderBy: { _count: { cvrNummer: "desc" } }, take: 1 });
    const cvr = shared[0].cvrNummer!;
    const result = await searchRegister(`${cvr.slice(0, 4)} ${cvr.slice(4)}`);
    expect(result.redirect).toBeNull();
    expect(result.hits.length).toBe(Math.min(shared[0]._count, 100));
    const [unique] = await db.prisma.$queryRawUnsafe<{ p: string; nummer: string }[]>(
      `SELECT p_nummer AS p, min(nummer) AS nummer FROM anvisningsenhed WHERE p_nummer IS NOT NULL
       AND p_nummer NOT IN (SELECT p_nummer FROM alternativ_adresse WHERE p_nummer IS NOT NULL)
       GROUP BY p_nummer HAVING count(*) = 1 ORDER BY 1 LIMIT 1`,
    );
    expect((await searchRegister(unique.p)).redirect).toBe(`/anvisningsenheder/${unique.nummer}`);
  });

  it("finds a name typed without æøå, or with a letter missing", async () => {
    const unit = await db.prisma.anvisningsenhed.findFirstOrThrow({ where: { status: "AKTIV", navn: { startsWith: "Børnehuset " } }, orderBy: { nummer: "asc" } });
    const withoutOe = unit.navn.replace("ø", "o");
    expect((await searchRegister(`${withoutOe} ${unit.postNummer}`)).hits.map((h) => h.nummer)).toContain(unit.nummer);
    const missingLetter = unit.navn.replace("Børnehuset", "Børnehuet");
    expect((await searchRegister(`${missingLetter} ${unit.postNummer}`)).hits.map((h) => h.nummer)).toContain(unit.nummer);
  });

  it("finds å written as aa, as people type Aabenraa for Åbenrå", async () => {
    const unit = await db.prisma.anvisningsenhed.findFirstOrThrow({ where: { status: "AKTIV", adresse: { contains: "å" } }, orderBy: { nummer: "asc" } });
    const street = unit.vejNavn!.replaceAll("å", "aa");
    expect((await searchRegister(`${street} ${unit.husNummer} ${unit.postNummer}`)).hits.map((h) => h.nummer)).toContain(unit.nummer);
  });

  it("shows 100 of the best matches of a word shared by thousands, active ones first, in name order", async () => {
    const result = await searchRegister("børnehuset");
    expect(result.limited).toBe(true);
    expect(result.hits).toHaveLength(100);
    expect(result.hits.filter((hit) => hit.status !== "AKTIV")).toEqual([]);
    // Thousands of names contain every trigram of the word (similarity 1): the 100 shown are all from that top tier.
    const similarity = await db.prisma.$queryRaw<{ key: string; s: number }[]>`
      SELECT 'anvisningsenhed ' || nummer AS key, word_similarity('boernehuset', soegetekst) AS s FROM anvisningsenhed
      UNION ALL SELECT 'daginstitution ' || nummer, word_similarity('boernehuset', soegetekst) FROM daginstitution
      UNION ALL SELECT 'alternativ_adresse ' || nummer, word_similarity('boernehuset', soegetekst) FROM alternativ_adresse`;
    const best = new Map(similarity.map((row) => [row.key, row.s]));
    expect(similarity.filter((row) => row.s === 1).length).toBeGreaterThan(100);
    expect(result.hits.filter((hit) => best.get(`${hit.level} ${hit.nummer}`) !== 1)).toEqual([]);
    const names = result.hits.map((hit) => hit.navn);
    expect(names).toEqual([...names].sort(danish.compare));
  });

  it("lists the units of a postcode and says when text is too short", async () => {
    const result = await searchRegister("8000");
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.adresse?.includes("8000 Aarhus C"))).toBe(true);
    expect((await searchRegister("ab")).tooShort).toBe(true);
  });
});
