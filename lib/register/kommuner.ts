import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { Prisma } from "@/lib/generated/prisma/client";

export type KommuneSummary = { kode: number; navn: string; regionKode: number; regionNavn: string; daginstitutioner: number; anvisningsenheder: number };

const collator = new Intl.Collator("da");

/** The 98 kommuner with their region and counts of active daginstitutioner and anvisningsenheder. */
export const listKommuner = perSnapshot("listKommuner", async (): Promise<KommuneSummary[]> => {
  const prisma = await serverPrisma();
  const rows = await prisma.$queryRaw<KommuneSummary[]>(Prisma.sql`
    SELECT k.kode, k.navn, r.kode AS "regionKode", r.navn AS "regionNavn",
      (SELECT count(*)::int FROM daginstitution d WHERE d.adm_kommune_kode = k.kode AND d.status = 'aktiv') AS daginstitutioner,
      (SELECT count(*)::int FROM anvisningsenhed a LEFT JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
        WHERE COALESCE(d.adm_kommune_kode, a.kommune_kode) = k.kode AND a.status = 'aktiv') AS anvisningsenheder
    FROM kommune k JOIN region r ON r.kode = k.region_kode`);
  return rows.sort((a, b) => collator.compare(a.regionNavn, b.regionNavn) || collator.compare(a.navn, b.navn));
});

export const getKommune = perSnapshot("getKommune", async (kode: number) => {
  const prisma = await serverPrisma();
  return prisma.kommune.findUnique({ where: { kode }, select: { kode: true, navn: true, region: { select: { kode: true, navn: true } } } });
});

export type HierarchyUnit = { nummer: string; navn: string; status: "AKTIV" | "NEDLAGT"; typeNavn: string | null; adresse: string; alternativeAdresser: { nummer: string; navn: string | null; adresse: string; status: "AKTIV" | "NEDLAGT" }[] };
export type HierarchyDaginstitution = { nummer: string; navn: string; status: "AKTIV" | "NEDLAGT"; ejerformNavn: string | null; lovgrundlagNavn: string | null; enheder: HierarchyUnit[] };
export type KommuneHierarchy = { daginstitutioner: HierarchyDaginstitution[]; enhederUdenDaginstitution: HierarchyUnit[] };

/**
 * The kommune's daginstitutioner with their anvisningsenheder and alternative addresses, in Danish order; units
 * located in the kommune with no daginstitution, or one the register does not know, are listed apart.
 */
async function getKommuneHierarchyUncached(kode: number, status: "aktiv" | "nedlagt" | "alle"): Promise<KommuneHierarchy> {
  const prisma = await serverPrisma();
  const statusWhere = status === "alle" ? {} : { status: status === "aktiv" ? ("AKTIV" as const) : ("NEDLAGT" as const) };
  const [daginstitutioner, codes] = await Promise.all([
    prisma.daginstitution.findMany({ where: { admKommuneKode: kode }, select: { nummer: true, navn: true, status: true, ejerformKode: true, lovgrundlagKode: true } }),
    Promise.all([prisma.ejerform.findMany(), prisma.lovgrundlag.findMany(), prisma.institutionstype.findMany()]),
  ]);
  const numbers = daginstitutioner.map((d) => d.nummer);
  const select = { nummer: true, navn: true, status: true, instType3: true, adresse: true, daginstitutionsNummer: true } as const;
  const [children, located] = await Promise.all([
    prisma.anvisningsenhed.findMany({ where: { ...statusWhere, daginstitutionsNummer: { in: numbers } }, select }),
    prisma.anvisningsenhed.findMany({ where: { ...statusWhere, kommuneKode: kode, OR: [{ daginstitutionsNummer: null }, { daginstitutionsNummer: { notIn: numbers } }] }, select }),
  ]);
  // A unit located here whose daginstitution another kommune administers belongs to that kommune, not here.
  const elsewhere = new Set(
    (await prisma.daginstitution.findMany({ where: { nummer: { in: located.flatMap((u) => u.daginstitutionsNummer ?? []) } }, select: { nummer: true } })).map((d) => d.nummer),
  );
  const orphans = located.filter((u) => !u.daginstitutionsNummer || !elsewhere.has(u.daginstitutionsNummer));
  const units = [...children, ...orphans];
  const alternatives = await prisma.alternativAdresse.findMany({
    where: { ...statusWhere, anvisningsenhedsNummer: { in: units.map((u) => u.nummer) } },
    select: { nummer: true, navn: true, adresse: true, status: true, anvisningsenhedsNummer: true },
  });
  const [ejerform, lovgrundlag, typer] = codes.map((list) => new Map(list.map((c) => [c.kode, c.navn])));
  const byName = <T extends { navn: string | null }>(a: T, b: T) => collator.compare(a.navn ?? "", b.navn ?? "");
  const toUnit = (u: (typeof units)[number]): HierarchyUnit => ({
    nummer: u.nummer, navn: u.navn, status: u.status, adresse: u.adresse, typeNavn: u.instType3 === null ? null : (typer.get(u.instType3) ?? `Ukendt kode ${u.instType3}`),
    alternativeAdresser: alternatives.filter((a) => a.anvisningsenhedsNummer === u.nummer).sort(byName).map(({ anvisningsenhedsNummer: _p, ...a }) => a),
  });
  return {
    daginstitutioner: daginstitutioner
      .map((d) => ({
        nummer: d.nummer, navn: d.navn, status: d.status,
        ejerformNavn: d.ejerformKode === null ? null : (ejerform.get(d.ejerformKode) ?? null),
        lovgrundlagNavn: d.lovgrundlagKode === null ? null : (lovgrundlag.get(d.lovgrundlagKode) ?? null),
        enheder: units.filter((u) => u.daginstitutionsNummer === d.nummer).sort(byName).map(toUnit),
      }))
      .filter((d) => status === "alle" || d.enheder.length > 0 || (status === "aktiv" ? d.status === "AKTIV" : d.status === "NEDLAGT"))
      .sort(byName),
    enhederUdenDaginstitution: orphans.sort(byName).map(toUnit),
  };
}

export const getKommuneHierarchy = perSnapshot("getKommuneHierarchy", getKommuneHierarchyUncached);
