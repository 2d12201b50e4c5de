import type { Prisma } from "../generated/prisma/client";
import { hasValidCvrCheckDigit } from "../format/numbers";
import { readCrossValidationMatrix, type CrossValidationMatrix } from "./cross-validation-matrix";
import { copyImportFindings } from "./import-findings-copy";
import { ACTIVE_CVR_NUMBERS, registerChecks } from "./register-checks";
import { REGISTER_RULES } from "./register-rules";

export type QualityRefreshResult = { total: number; byRule: Record<string, number> };

/**
 * Replaces every data-quality finding with the current set: each register rule over the active records of the
 * register, then the import findings of `snapshotId` (the import that just ran). Runs in the caller's transaction,
 * so the portal never shows a half-computed set. One INSERT … SELECT per rule and level.
 */
export async function refreshQualityFindings(
  tx: Prisma.TransactionClient,
  snapshotId: number,
  matrix: CrossValidationMatrix = readCrossValidationMatrix(),
): Promise<QualityRefreshResult> {
  await tx.$executeRaw`DELETE FROM kvalitetsfund`;

  const cvrs = await tx.$queryRaw<{ cvr: string }[]>(ACTIVE_CVR_NUMBERS);
  const invalidCvrs = cvrs.map((row) => row.cvr).filter((cvr) => !hasValidCvrCheckDigit(cvr));

  for (const check of registerChecks(matrix, invalidCvrs)) {
    const alvorlighed = REGISTER_RULES[check.regel].alvorlighed.toLowerCase();
    await tx.$executeRaw`
      INSERT INTO kvalitetsfund (snapshot_id, regel, alvorlighed, niveau, nummer, navn, kommune_kode, besked, vaerdi)
      SELECT ${snapshotId}::int, ${check.regel}::text, ${alvorlighed}::alvorlighed, ${check.niveau}::niveau,
        f.nummer, f.navn, f.kommune_kode, f.besked, f.vaerdi
      FROM (${check.select}) f
      ORDER BY f.nummer`;
  }
  await copyImportFindings(tx, snapshotId);
  await assignToAdministeringKommune(tx);

  const counts = await tx.$queryRaw<{ regel: string; n: number }[]>`SELECT regel, count(*)::int AS n FROM kvalitetsfund GROUP BY regel ORDER BY regel`;
  const byRule = Object.fromEntries(counts.map((row) => [row.regel, row.n]));
  return { total: counts.reduce((sum, row) => sum + row.n, 0), byRule };
}

/**
 * A finding belongs to the kommune that administers the record, as everywhere else in the portal: a unit's (and an
 * alternative address's) daginstitution's kommune; a unit without a known daginstitution keeps its own.
 */
async function assignToAdministeringKommune(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`
    UPDATE kvalitetsfund q SET kommune_kode = d.adm_kommune_kode
    FROM anvisningsenhed a JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
    WHERE q.niveau = 'anvisningsenhed' AND q.nummer = a.nummer AND d.adm_kommune_kode IS NOT NULL`;
  await tx.$executeRaw`
    UPDATE kvalitetsfund q SET kommune_kode = d.adm_kommune_kode
    FROM alternativ_adresse x JOIN anvisningsenhed a ON a.nummer = x.anvisningsenheds_nummer
      JOIN daginstitution d ON d.nummer = a.daginstitutions_nummer
    WHERE q.niveau = 'alternativ_adresse' AND q.nummer = x.nummer AND d.adm_kommune_kode IS NOT NULL`;
}
