import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, OFFICIAL_FILE_NAMES } from "../../lib/official-format/columns";
import { writeOfficialCsv } from "../../lib/official-format/csv-writer";

export type CsvRecord = Record<string, string>;

export function daginstitution(nummer: string, overrides: CsvRecord = {}): CsvRecord {
  return {
    daginstitutionsNummer: nummer, daginstitutionsNavn: `Daginstitution ${nummer}`, ejerformKode: "1", ejerformKode_Tekst: "Kommunal",
    lovgrundlagKode: "1", admKommuneKode: "101", admKommuneKode_Tekst: "København", aktivitetsstatus: "Aktiv", senestOpdateret: "01-12-2021 10:18:47",
    ...overrides,
  };
}

export function anvisningsenhed(nummer: string, parent: string, overrides: CsvRecord = {}): CsvRecord {
  return {
    anvisningsenhedsNummer: nummer, anvisningsenhedsNavn: `Børnehuset ${nummer}`, dawaId: "0a3f50a0-7d3c-32b8-e044-0003ba298018",
    vejNavn: "Åboulevard", husNummer: "12A", postNummer: "1000", byNavn: "København K", kommuneKode: "101", geoBredde: "55,676098",
    geoLaengde: "12,568337", vejKode: "8", instType3: "6012", instType3_Tekst: "Aldersintegreret institution", email: "", telefonNummer: "12345678",
    cvrNummer: "29188505", pNummer: `10${nummer.slice(1)}000`.slice(0, 10).padEnd(10, "0"), aktivitetsstatus: "Aktiv",
    senestOpdateret: "01-12-2021 10:18:47", daginstitutionsNummer: parent,
    ...overrides,
  };
}

export function alternativAdresse(nummer: string, parent: string, overrides: CsvRecord = {}): CsvRecord {
  return {
    alternativAdresseNummer: nummer, alternativAdresseNavn: `Udegruppen ${nummer}`, vejNavn: "Skovvej", husNummer: "3", postNummer: "1000",
    byNavn: "København K", kommuneKode: "101", geoBredde: "55,7", geoLaengde: "12,5", aktivitetsstatus: "Aktiv", anvisningsenhedsNummer: parent,
    ...overrides,
  };
}

/** A small clean snapshot: two daginstitutioner, three units, one alternative address. */
export function smallSnapshot() {
  return {
    daginstitutioner: [daginstitution("E10001"), daginstitution("D10002", { ejerformKode: "3", ejerformKode_Tekst: "Privat", lovgrundlagKode: "4" })],
    anvisningsenheder: [anvisningsenhed("G10001", "E10001"), anvisningsenhed("G10003", "E10001", { instType3: "6010", instType3_Tekst: "Vuggestue" }), anvisningsenhed("G10005", "D10002")],
    alternativeAdresser: [alternativAdresse("G10002", "G10001")],
  };
}

type Levels = { daginstitutioner?: CsvRecord[]; anvisningsenheder?: CsvRecord[]; alternativeAdresser?: CsvRecord[] };

/** Writes the given levels as official-format files into `dir`; returns their paths. */
export function writeSnapshotFiles(dir: string, levels: Levels): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, columns: readonly string[], rows: CsvRecord[] | undefined) => {
    if (!rows) return;
    const file = path.join(dir, name);
    fs.writeFileSync(file, writeOfficialCsv(columns, rows));
    files.push(file);
  };
  write(OFFICIAL_FILE_NAMES.daginstitutioner, DAGINSTITUTION_COLUMNS, levels.daginstitutioner);
  write(OFFICIAL_FILE_NAMES.anvisningsenheder, ANVISNINGSENHED_COLUMNS, levels.anvisningsenheder);
  write(OFFICIAL_FILE_NAMES.alternativeAdresser, ALTERNATIV_ADRESSE_COLUMNS, levels.alternativeAdresser);
  return files;
}

export function writeRawFile(dir: string, name: string, content: string | Uint8Array): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export function tempDir(prefix = "dagtilbud-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
