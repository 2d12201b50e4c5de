import type { Database } from "../../lib/db/client";
import { Random } from "../../lib/demo/random";
import { C } from "../../lib/import/columns";
import { parseOfficialCsv } from "../../lib/import/read-csv";
import { formatSenestOpdateret } from "../../lib/format/senest-opdateret";

/** The demo generator's seeded PRNG, drawn as the fuzz cases need it, so every run makes the same variants. */
export class Rng {
  private readonly random: Random;
  constructor(seed: number) {
    this.random = new Random(seed);
  }
  next(): number {
    return this.random.next();
  }
  int(below: number): number {
    return this.random.int(0, below - 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** Latin-1 / Windows-1252 bytes for text whose characters all have a single-byte code there. */
export function singleByte(text: string, extra: Record<string, number> = {}): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    if (ch in extra) return extra[ch];
    const code = ch.codePointAt(0)!;
    if (code > 0xff) throw new Error(`no single-byte code for ${ch}`);
    return code;
  }));
}
export const WINDOWS_1252 = { "€": 0x80, "–": 0x96, "—": 0x97, "“": 0x93, "”": 0x94 };

export function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const units = [...(bom ? "\uFEFF" : ""), ...text].flatMap((ch) => {
    const code = ch.codePointAt(0)!;
    return code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
  });
  return Uint8Array.from(units.flatMap((unit) => (endian === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])));
}

/** Byte offsets of interest in a file: every line break, every quote, and the middle of every multi-byte UTF-8 sequence. */
export function interestingOffsets(bytes: Uint8Array): { midLine: number[]; lineEnds: number[]; quotes: number[]; midUtf8: number[] } {
  const result = { midLine: [] as number[], lineEnds: [] as number[], quotes: [] as number[], midUtf8: [] as number[] };
  for (let i = 1; i < bytes.length; i++) {
    if (bytes[i - 1] === 0x0a) result.lineEnds.push(i);
    else if (bytes[i] === 0x22) result.quotes.push(i, i + 1);
    else if ((bytes[i] & 0xc0) === 0x80) result.midUtf8.push(i);
    else result.midLine.push(i);
  }
  return result;
}

export type Mutation = { kind: "flip" | "set" | "insert" | "delete"; offset: number; byte: number };

export function mutate(bytes: Uint8Array, rng: Rng, count: number): { bytes: Uint8Array; mutations: Mutation[] } {
  let out = Uint8Array.from(bytes);
  const mutations: Mutation[] = [];
  // Bytes that matter to the CSV structure and the encoding are chosen more often than chance would.
  const special = [0x00, 0x0a, 0x0d, 0x22, 0x3b, 0x2c, 0x20, 0x80, 0xc3, 0xbf, 0xef, 0xff, 0x27, 0x3c];
  for (let m = 0; m < count; m++) {
    const kind = rng.pick(["flip", "set", "insert", "delete"] as const);
    const offset = rng.int(out.length + (kind === "insert" ? 1 : 0));
    const byte = kind === "flip" ? 1 << rng.int(8) : rng.next() < 0.5 ? rng.pick(special) : rng.int(256);
    if (kind === "flip") out[offset] ^= byte;
    else if (kind === "set") out[offset] = byte;
    else if (kind === "insert") out = concat(out.subarray(0, offset), [byte], out.subarray(offset));
    else out = concat(out.subarray(0, offset), out.subarray(offset + 1));
    mutations.push({ kind, offset, byte });
  }
  return { bytes: out, mutations };
}

/** The tables an import writes, in an order that respects their foreign keys. */
const WRITTEN_TABLES = ["snapshot", "daginstitution", "anvisningsenhed", "alternativ_adresse", "import_fund", "aendring", "kvalitetsfund"] as const;
const WITH_SERIAL_ID = new Set(["snapshot", "import_fund", "aendring", "kvalitetsfund"]);
const SAVED = "fuzz_saved";

/** Copies every table an import writes into a side schema, to be put back by restoreState after an accepted import. */
export async function saveState(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SAVED} CASCADE`);
  await db.prisma.$executeRawUnsafe(`CREATE SCHEMA ${SAVED}`);
  for (const table of WRITTEN_TABLES) await db.prisma.$executeRawUnsafe(`CREATE TABLE ${SAVED}."${table}" AS SELECT * FROM "${table}"`);
}

export async function restoreState(db: Database): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    for (const table of [...WRITTEN_TABLES].reverse()) await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
    for (const table of WRITTEN_TABLES) {
      await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM ${SAVED}."${table}"`);
      if (WITH_SERIAL_ID.has(table)) {
        await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((SELECT max(id) FROM "${table}"), 0) + 1, false)`);
      }
    }
  });
}

/**
 * Row count and md5 of an ordered text dump of every table an import writes and of the reference tables, in one
 * query: any change to any row changes it.
 */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = [...WRITTEN_TABLES, "kommune", "ejerform", "lovgrundlag", "institutionstype", "postnummer", "region"];
  const rows = await db.prisma.$queryRawUnsafe<{ name: string; print: string }[]>(
    tables.map((table) => `SELECT '${table}' AS name, count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') AS print FROM "${table}" t`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}

export async function dropSavedState(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SAVED} CASCADE`);
}

type LevelTable = "daginstitution" | "anvisningsenhed" | "alternativ_adresse";
const INT_COLUMNS = new Set(["ejerformKode", "lovgrundlagKode", "admKommuneKode", "kommuneKode", "vejKode", "instType3"]);
const FLOAT_COLUMNS = new Set(["geoBredde", "geoLaengde"]);

/** Each level file's key column, name column and the register columns stored under their own name. */
const LEVEL_FILES: Record<LevelTable, { key: keyof typeof C; name: keyof typeof C; columns: (keyof typeof C)[] }> = {
  daginstitution: { key: "daginstitutionsNummer", name: "daginstitutionsNavn", columns: ["ejerformKode", "lovgrundlagKode", "admKommuneKode", "senestOpdateret", "aktivitetsstatus"] },
  anvisningsenhed: {
    key: "anvisningsenhedsNummer",
    name: "anvisningsenhedsNavn",
    columns: ["daginstitutionsNummer", "dawaId", "vejNavn", "husNummer", "etage", "doer", "supplerendeBynavn", "postNummer", "byNavn", "kommuneKode", "vejKode", "geoBredde", "geoLaengde", "instType3", "email", "telefonNummer", "cvrNummer", "pNummer", "senestOpdateret", "aktivitetsstatus"],
  },
  alternativ_adresse: {
    key: "alternativAdresseNummer",
    name: "alternativAdresseNavn",
    columns: ["anvisningsenhedsNummer", "dawaId", "vejNavn", "husNummer", "etage", "doer", "supplerendeBynavn", "postNummer", "byNavn", "kommuneKode", "vejKode", "geoBredde", "geoLaengde", "cvrNummer", "pNummer", "senestOpdateret", "aktivitetsstatus"],
  },
};

function levelOf(header: string[]): LevelTable {
  const names = header.map((h) => h.toLowerCase());
  const has = (key: keyof typeof C) => C[key].some((alias) => names.includes(alias.toLowerCase()));
  if (has("alternativAdresseNummer")) return "alternativ_adresse";
  if (has("anvisningsenhedsNummer")) return "anvisningsenhed";
  return "daginstitution";
}

/** The value the database should hold for a field of the file: trimmed text, null when empty, numbers as numbers. */
function expectedValue(field: string, raw: string | undefined): unknown {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  if (INT_COLUMNS.has(field)) return Number(text);
  if (FLOAT_COLUMNS.has(field)) return Number(text.replace(",", "."));
  return text;
}

function storedValue(field: string, value: unknown): unknown {
  if (field === "senestOpdateret" && value instanceof Date) return formatSenestOpdateret(value);
  return value;
}

/**
 * Compares the database with the files of an accepted import, field by field: every record of every file is stored
 * with the file's values, every active record of a level the files bring is in the file, and every other record of
 * that level is closed. Returns the differences (empty when the import stored exactly the files).
 */
export async function differencesFromFiles(db: Database, files: { name: string; bytes: Uint8Array }[]): Promise<string[]> {
  const differences: string[] = [];
  for (const file of files) {
    const table = parseOfficialCsv(file.name, file.bytes);
    const level = levelOf(table.header);
    const shape = LEVEL_FILES[level];
    const index = (key: keyof typeof C) => {
      for (const alias of C[key]) {
        const i = table.header.findIndex((h) => h.toLowerCase() === alias.toLowerCase());
        if (i >= 0) return i;
      }
      return -1;
    };
    const rows = (await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${level}"`)) as Record<string, unknown>[];
    const camel = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), v]));
    const stored = new Map(rows.map((row) => [String(row.nummer), camel(row)]));
    const inFile = new Set<string>();
    for (const row of table.rows) {
      const nummer = row.values[index(shape.key)].trim();
      inFile.add(nummer);
      const record = stored.get(nummer);
      if (!record) {
        differences.push(`${file.name} line ${row.line}: ${nummer} is not stored`);
        continue;
      }
      const fields: [string, number][] = [["navn", index(shape.name)], ...shape.columns.map((key): [string, number] => [key, index(key)])];
      for (const [field, i] of fields) {
        const expected = i < 0 ? null : expectedValue(field, row.values[i]);
        const actual = storedValue(field, record[field]);
        // A daginstitution's or unit's name column is NOT NULL: an empty name is stored as "".
        const want = field === "navn" && level !== "alternativ_adresse" && expected === null ? "" : expected;
        if (actual !== want) {
          differences.push(`${file.name} line ${row.line}: ${nummer}.${field} is ${JSON.stringify(actual)?.slice(0, 200)}, the file says ${JSON.stringify(want)?.slice(0, 200)}`);
        }
      }
      const closed = /^nedlagt$/i.test((row.values[index("aktivitetsstatus")] ?? "").trim());
      if (String(record.status).toUpperCase() !== (closed ? "NEDLAGT" : "AKTIV")) differences.push(`${file.name} line ${row.line}: ${nummer} has status ${String(record.status)}`);
    }
    for (const [nummer, record] of stored) {
      if (!inFile.has(nummer) && String(record.status).toUpperCase() !== "NEDLAGT") differences.push(`${level} ${nummer} is not in ${file.name} but still ${String(record.status)}`);
    }
  }
  return differences;
}
