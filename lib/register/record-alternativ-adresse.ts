import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";
import { isInstitutionNumber } from "@/lib/format/numbers";
import { ADDRESS_SELECT, HISTORY_SELECT, address, recordHistory } from "./record-history";
import { DAGINSTITUTION_SUMMARY_SELECT, codeLabel, daginstitutionSummary, getLabelMaps, getLatestSnapshotRef, kommuneRef } from "./record-lookups";
import type { AlternativAdresseRecord } from "./record-types";
import { recordQualityFindings } from "./quality";

/** One alternative address with its anvisningsenhed and that unit's daginstitution; null when unknown. */
export const getAlternativAdresse = perSnapshot("getAlternativAdresse", async (nummer: string): Promise<AlternativAdresseRecord | null> => {
  if (!isInstitutionNumber(nummer)) return null;
  const prisma = await serverPrisma();
  const row = await prisma.alternativAdresse.findUnique({
    where: { nummer },
    select: { nummer: true, navn: true, anvisningsenhedsNummer: true, kommuneKode: true, cvrNummer: true, pNummer: true, ...ADDRESS_SELECT, ...HISTORY_SELECT },
  });
  if (!row) return null;
  const unitNummer = row.anvisningsenhedsNummer?.trim() || null;
  const [maps, latest, unit] = await Promise.all([
    getLabelMaps(),
    getLatestSnapshotRef(),
    unitNummer
      ? prisma.anvisningsenhed.findUnique({
          where: { nummer: unitNummer },
          select: { nummer: true, navn: true, status: true, instType3: true, daginstitutionsNummer: true },
        })
      : null,
  ]);
  const parentNummer = unit?.daginstitutionsNummer?.trim() || null;
  const [parent, fund] = await Promise.all([
    parentNummer ? prisma.daginstitution.findUnique({ where: { nummer: parentNummer }, select: DAGINSTITUTION_SUMMARY_SELECT }) : null,
    recordQualityFindings("ALTERNATIV_ADRESSE", nummer),
  ]);
  return {
    nummer: row.nummer,
    navn: row.navn,
    adresse: address(row),
    kommune: kommuneRef(maps, row.kommuneKode),
    cvrNummer: row.cvrNummer,
    pNummer: row.pNummer,
    ...recordHistory(row, latest?.snapshotDato ?? null),
    anvisningsenhedsNummer: unitNummer,
    anvisningsenhed: unit
      ? { nummer: unit.nummer, navn: unit.navn, status: unit.status, type: codeLabel(maps.institutionstype, unit.instType3) }
      : null,
    daginstitution: parent ? daginstitutionSummary(maps, parent) : null,
    fund,
  };
});
