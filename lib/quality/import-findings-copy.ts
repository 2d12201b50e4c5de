import { Prisma } from "../generated/prisma/client";
import { IMPORT_CODES_CHECKED_ON_REGISTER, IMPORT_PREFIX } from "./import-rules";

/**
 * Copies the import findings of one snapshot into kvalitetsfund under IMPORT_<code>, with the record's name and
 * kommune as the register has them now and the place in the file appended to the message. Findings a register
 * rule checks again on the whole register (IMPORT_CODES_CHECKED_ON_REGISTER) are left out, so nothing shows twice.
 */
export function copyImportFindings(tx: Prisma.TransactionClient, snapshotId: number): Promise<number> {
  const skipped = JSON.stringify(Object.keys(IMPORT_CODES_CHECKED_ON_REGISTER));
  return tx.$executeRaw`
    INSERT INTO kvalitetsfund (snapshot_id, regel, alvorlighed, niveau, nummer, navn, kommune_kode, besked, vaerdi, import_fund_id)
    SELECT ${snapshotId}::int, ${IMPORT_PREFIX}::text || f.regel, f.alvorlighed, f.niveau, f.nummer,
      CASE f.niveau WHEN 'daginstitution' THEN d.navn WHEN 'anvisningsenhed' THEN a.navn
        WHEN 'alternativ_adresse' THEN COALESCE(NULLIF(btrim(aa.navn), ''), aa.adresse) END,
      CASE f.niveau WHEN 'daginstitution' THEN d.adm_kommune_kode WHEN 'anvisningsenhed' THEN a.kommune_kode
        WHEN 'alternativ_adresse' THEN aa.kommune_kode END,
      f.besked || ' (' || concat_ws(', ', f.fil, 'linje ' || f.linje, 'kolonne ' || f.kolonne) || ').',
      f.vaerdi, f.id
    FROM import_fund f
    LEFT JOIN daginstitution d ON f.niveau = 'daginstitution' AND d.nummer = f.nummer
    LEFT JOIN anvisningsenhed a ON f.niveau = 'anvisningsenhed' AND a.nummer = f.nummer
    LEFT JOIN alternativ_adresse aa ON f.niveau = 'alternativ_adresse' AND aa.nummer = f.nummer
    WHERE f.snapshot_id = ${snapshotId}::int AND f.regel NOT IN (SELECT jsonb_array_elements_text(${skipped}::jsonb))
    ORDER BY f.id`;
}
