import fs from "node:fs";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { ImportError } from "./import-error";

export type CsvRow = { line: number; values: string[] };
export type CsvTable = { file: string; header: string[]; rows: CsvRow[] };

/**
 * Reads a file in the register's export dialect: `;`-separated, UTF-8 (BOM optional), CRLF or LF, RFC 4180 quoting,
 * and bare `"` inside unquoted fields (the register writes names like `Børnehuset "De fire Årstider"` unquoted).
 */
export function readOfficialCsv(filePath: string): CsvTable {
  const file = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new ImportError(file, null, null, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseOfficialCsv(file, bytes);
}

export function parseOfficialCsv(file: string, bytes: Uint8Array): CsvTable {
  const text = decodeUtf8(file, bytes);
  if (text.trim() === "") throw new ImportError(file, null, null, "the file is empty");

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: ";",
      record_delimiter: ["\r\n", "\n"],
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines - crlfInsideFieldsBefore(text, error.lines) : null;
      throw new ImportError(file, line, null, describeCsvError(error));
    }
    throw error;
  }

  // csv-parse counts a CRLF inside a quoted field as two lines, and carries the excess to every later record.
  let excess = 0;
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    const breaks = record.reduce((n, value) => n + (value.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    excess += record.reduce((n, value) => n + (value.match(/\r\n/g)?.length ?? 0), 0);
    rows.push({ line: info.lines - excess - breaks, values: record });
  }
  const [headerRow, ...dataRows] = rows;
  return { file, header: headerRow.values.map((name) => name.trim()), rows: dataRows };
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    throw new ImportError(file, line, null, "the file is not valid UTF-8 (the register exports UTF-8; was it saved in another encoding?)");
  }
}

/** Rough correction for a parse error's line number; exact for files without CRLF inside quoted fields. */
function crlfInsideFieldsBefore(text: string, reportedLine: number): number {
  const quotedCrlf = text.split(/\r\n/).slice(0, reportedLine).join("\r\n").match(/"[^"]*\r\n[^"]*"/g);
  return quotedCrlf?.length ?? 0;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return `the row does not parse: ${error.message.replace(/ on line \d+$/, "")} fields`;
    case "CSV_QUOTE_NOT_CLOSED":
      return "the row does not parse: a quoted field is never closed";
    default:
      return `the row does not parse: ${error.message}`;
  }
}
