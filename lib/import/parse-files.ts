import crypto from "node:crypto";
import fs from "node:fs";
import { C, LEVEL_COLUMNS, type ColumnKey } from "./columns";
import { ImportError } from "./import-error";
import { parseOfficialCsv, type CsvRow, type CsvTable } from "./read-csv";
import type { AddressFields, AlternativAdresseRecord, AnvisningsenhedRecord, CodeLabel, DaginstitutionRecord, FileKind, ParsedSnapshot } from "./records";
import { RowReader } from "./row-reader";
import path from "node:path";

export function detectFileKind(header: string[]): FileKind | null {
  const names = header.map((name) => name.toLowerCase());
  const has = (key: ColumnKey) => C[key].some((alias) => names.includes(alias.toLowerCase()));
  if (has("dagtilbudsType")) return "samlet";
  if (has("alternativAdresseNummer")) return "alternativ_adresse";
  if (has("anvisningsenhedsNummer")) return "anvisningsenhed";
  if (has("daginstitutionsNummer")) return "daginstitution";
  return null;
}

type LevelRows = {
  daginstitutioner: DaginstitutionRecord[];
  anvisningsenheder: AnvisningsenhedRecord[];
  alternativeAdresser: AlternativAdresseRecord[];
};

/** Reads every file of one import. Throws ImportError on the first thing that cannot be stored faithfully. */
export function parseFiles(filePaths: string[]): ParsedSnapshot {
  const snapshot: ParsedSnapshot = { labels: [], missingColumns: [], files: [] };
  const fromSamlet: Partial<LevelRows> = {};
  for (const filePath of filePaths) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(filePath);
    } catch (error) {
      throw new ImportError(path.basename(filePath), null, null, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const table = parseOfficialCsv(path.basename(filePath), bytes);
    const kind = detectFileKind(table.header);
    if (!kind) {
      throw new ImportError(table.file, 1, null, "not one of the register's export files: the header names none of daginstitutionsNummer, anvisningsenhedsNummer, alternativAdresseNummer, dagtilbudsType");
    }
    const reader = new RowReader(table);
    checkColumns(reader, kind, snapshot);
    snapshot.files.push({ name: table.file, kind, rows: table.rows.length, sha256: crypto.createHash("sha256").update(bytes).digest("hex") });

    if (kind === "samlet") {
      mergeInto(fromSamlet, readSamlet(reader, snapshot.labels));
      continue;
    }
    const key = kind === "daginstitution" ? "daginstitutioner" : kind === "anvisningsenhed" ? "anvisningsenheder" : "alternativeAdresser";
    if (snapshot[key]) throw new ImportError(table.file, null, null, `a second file of the level ${kind} in the same import`);
    const rows = table.rows;
    if (rows.length === 0) throw new ImportError(table.file, null, null, `the file has a header but no rows; as a full snapshot of the level ${kind} it would close every record, so it is refused`);
    if (kind === "daginstitution") snapshot.daginstitutioner = rows.map((row) => readDaginstitution(reader, row, snapshot.labels, "daginstitutionsNavn"));
    if (kind === "anvisningsenhed") snapshot.anvisningsenheder = rows.map((row) => readAnvisningsenhed(reader, row, snapshot.labels, "anvisningsenhedsNavn"));
    if (kind === "alternativ_adresse") snapshot.alternativeAdresser = rows.map((row) => readAlternativAdresse(reader, row, "alternativAdresseNavn"));
  }
  // A level file is the full snapshot of its level; the samlet file supplies only the levels given by no level file.
  snapshot.daginstitutioner ??= fromSamlet.daginstitutioner;
  snapshot.anvisningsenheder ??= fromSamlet.anvisningsenheder;
  snapshot.alternativeAdresser ??= fromSamlet.alternativeAdresser;
  return snapshot;
}

/** A level the samlet file has no rows of stays absent, so the import does not close that level. */
function mergeInto(target: Partial<LevelRows>, rows: LevelRows) {
  for (const key of ["daginstitutioner", "anvisningsenheder", "alternativeAdresser"] as const) {
    if (rows[key].length > 0) target[key] = [...(target[key] ?? []), ...rows[key]] as never;
  }
}

function checkColumns(reader: RowReader, kind: FileKind, snapshot: ParsedSnapshot) {
  const { required, expected } = LEVEL_COLUMNS[kind];
  // Only the first of two columns for one field would be read: the other's values would be lost without a word.
  for (const [key, aliases] of Object.entries(C)) {
    const positions = reader.table.header.flatMap((name, i) => (aliases.some((alias) => alias.toLowerCase() === name.toLowerCase()) ? [i + 1] : []));
    if (positions.length > 1) throw new ImportError(reader.table.file, 1, aliases[0], `the column ${aliases[0]} appears twice (columns ${positions.join(" and ")})`);
  }
  for (const key of required) {
    if (!reader.has(C[key])) throw new ImportError(reader.table.file, 1, C[key][0], `the required column ${C[key][0]} is missing`);
  }
  for (const key of expected) {
    if (!reader.has(C[key])) snapshot.missingColumns.push({ file: reader.table.file, column: C[key][0] });
  }
}

function collectLabel(reader: RowReader, row: CsvRow, labels: CodeLabel[], list: CodeLabel["list"], key: ColumnKey, code: number | null) {
  if (code === null) return;
  const column = `${C[key][0]}_Tekst`;
  const label = reader.text(row, [column]);
  if (label !== null) labels.push({ list, code, label, column, source: { file: reader.table.file, line: row.line } });
}

function readDaginstitution(reader: RowReader, row: CsvRow, labels: CodeLabel[], nameKey: ColumnKey, numberKey: ColumnKey = "daginstitutionsNummer"): DaginstitutionRecord {
  const record: DaginstitutionRecord = {
    nummer: reader.institutionNumber(row, C[numberKey], true),
    navn: reader.text(row, C[nameKey]) ?? "",
    ejerformKode: reader.int(row, C.ejerformKode),
    lovgrundlagKode: reader.int(row, C.lovgrundlagKode),
    admKommuneKode: reader.int(row, C.admKommuneKode),
    senestOpdateret: reader.timestamp(row, C.senestOpdateret),
    aktivitetsstatus: reader.text(row, C.aktivitetsstatus),
    source: { file: reader.table.file, line: row.line },
  };
  collectLabel(reader, row, labels, "ejerform", "ejerformKode", record.ejerformKode);
  collectLabel(reader, row, labels, "lovgrundlag", "lovgrundlagKode", record.lovgrundlagKode);
  collectLabel(reader, row, labels, "kommune", "admKommuneKode", record.admKommuneKode);
  return record;
}

function readAddress(reader: RowReader, row: CsvRow): AddressFields {
  return {
    dawaId: reader.text(row, C.dawaId),
    vejNavn: reader.text(row, C.vejNavn),
    husNummer: reader.text(row, C.husNummer),
    etage: reader.text(row, C.etage),
    doer: reader.text(row, C.doer),
    supplerendeBynavn: reader.text(row, C.supplerendeBynavn),
    postNummer: reader.text(row, C.postNummer),
    byNavn: reader.text(row, C.byNavn),
    kommuneKode: reader.int(row, C.kommuneKode),
    vejKode: reader.int(row, C.vejKode),
    geoBredde: reader.coordinate(row, C.geoBredde),
    geoLaengde: reader.coordinate(row, C.geoLaengde),
    cvrNummer: reader.text(row, C.cvrNummer),
    pNummer: reader.text(row, C.pNummer),
  };
}

function readAnvisningsenhed(reader: RowReader, row: CsvRow, labels: CodeLabel[], nameKey: ColumnKey): AnvisningsenhedRecord {
  const record: AnvisningsenhedRecord = {
    nummer: reader.institutionNumber(row, C.anvisningsenhedsNummer, true),
    navn: reader.text(row, C[nameKey]) ?? "",
    daginstitutionsNummer: reader.institutionNumber(row, C.daginstitutionsNummer, false),
    ...readAddress(reader, row),
    instType3: reader.int(row, C.instType3),
    email: reader.text(row, C.email),
    telefonNummer: reader.text(row, C.telefonNummer),
    senestOpdateret: reader.timestamp(row, C.senestOpdateret),
    aktivitetsstatus: reader.text(row, C.aktivitetsstatus),
    source: { file: reader.table.file, line: row.line },
  };
  collectLabel(reader, row, labels, "institutionstype", "instType3", record.instType3);
  collectLabel(reader, row, labels, "kommune", "kommuneKode", record.kommuneKode);
  return record;
}

function readAlternativAdresse(reader: RowReader, row: CsvRow, nameKey: ColumnKey): AlternativAdresseRecord {
  return {
    nummer: reader.institutionNumber(row, C.alternativAdresseNummer, true),
    navn: reader.text(row, C[nameKey]),
    anvisningsenhedsNummer: reader.institutionNumber(row, C.anvisningsenhedsNummer, false),
    ...readAddress(reader, row),
    senestOpdateret: reader.timestamp(row, C.senestOpdateret),
    aktivitetsstatus: reader.text(row, C.aktivitetsstatus),
    source: { file: reader.table.file, line: row.line },
  };
}

/**
 * The samlet file has one row per record with `dagtilbudsType` naming its level. Anvisningsenhed rows also carry
 * their daginstitution's fields; a daginstitution without a row of its own is taken from its first unit's row that
 * fills them (a unit whose daginstitution is unknown has them empty, and creates none).
 */
function readSamlet(reader: RowReader, labels: CodeLabel[]): LevelRows {
  const rows: LevelRows = { daginstitutioner: [], anvisningsenheder: [], alternativeAdresser: [] };
  const derived = new Map<string, DaginstitutionRecord>();
  for (const row of reader.table.rows) {
    const type = (reader.text(row, C.dagtilbudsType) ?? "").toLowerCase().replace(/[^a-zæøå]/g, "");
    if (type === "daginstitution") {
      rows.daginstitutioner.push(readDaginstitution(reader, row, labels, "dagtilbudsNavn"));
    } else if (type === "anvisningsenhed") {
      const unit = readAnvisningsenhed(reader, row, labels, "dagtilbudsNavn");
      rows.anvisningsenheder.push(unit);
      const carriesParent = reader.text(row, C.daginstitutionsNavn) !== null || reader.text(row, C.ejerformKode) !== null;
      if (unit.daginstitutionsNummer && !derived.has(unit.daginstitutionsNummer) && carriesParent) {
        derived.set(unit.daginstitutionsNummer, { ...readDaginstitution(reader, row, [], "daginstitutionsNavn"), aktivitetsstatus: null, senestOpdateret: null });
      }
    } else if (type === "alternativadresse") {
      rows.alternativeAdresser.push(readAlternativAdresse(reader, row, "dagtilbudsNavn"));
    } else {
      reader.reject(row, C.dagtilbudsType, `unknown dagtilbudsType "${reader.text(row, C.dagtilbudsType) ?? ""}" (expected Daginstitution, Anvisningsenhed or Alternativ adresse)`);
    }
  }
  const explicit = new Set(rows.daginstitutioner.map((d) => d.nummer));
  for (const [nummer, record] of derived) if (!explicit.has(nummer)) rows.daginstitutioner.push(record);
  return rows;
}
