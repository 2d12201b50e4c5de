import { isInstitutionNumber } from "../format/numbers";
import { parseSenestOpdateret } from "../format/senest-opdateret";
import { ImportError } from "./import-error";
import type { CsvRow, CsvTable } from "./read-csv";

/**
 * No field of the register is longer than 132 characters; a far longer value is a damaged file, and one beyond the
 * database's index limits (about 2,700 bytes) could not be stored at all.
 */
export const MAX_FIELD_LENGTH = 500;

/** Reads typed values from one table's rows by column name (case-insensitive, first matching alias). */
export class RowReader {
  private readonly index = new Map<string, number>();

  constructor(readonly table: CsvTable) {
    table.header.forEach((name, i) => {
      const key = name.toLowerCase();
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** The header name of the first alias present, or undefined when the file has none of them. */
  column(aliases: readonly string[]): string | undefined {
    const i = this.position(aliases);
    return i === undefined ? undefined : this.table.header[i];
  }

  has(aliases: readonly string[]): boolean {
    return this.position(aliases) !== undefined;
  }

  /** Trimmed text, or null when empty or when the file lacks the column. */
  text(row: CsvRow, aliases: readonly string[]): string | null {
    const i = this.position(aliases);
    if (i === undefined) return null;
    const value = row.values[i]?.trim() ?? "";
    if (value.length > MAX_FIELD_LENGTH) this.reject(row, aliases, `the value is ${value.length} characters long, far beyond any field of the register (at most ${MAX_FIELD_LENGTH} are read)`);
    return value === "" ? null : value;
  }

  int(row: CsvRow, aliases: readonly string[]): number | null {
    const value = this.text(row, aliases);
    if (value === null) return null;
    if (!/^-?\d{1,9}$/.test(value)) this.reject(row, aliases, `"${value}" is not a whole number`);
    return Number(value);
  }

  /** WGS84 coordinate with a decimal point or a decimal comma. */
  coordinate(row: CsvRow, aliases: readonly string[]): number | null {
    const value = this.text(row, aliases);
    if (value === null) return null;
    const normalised = value.replace(",", ".");
    if (!/^-?\d{1,3}(\.\d+)?$/.test(normalised)) this.reject(row, aliases, `"${value}" is not a coordinate`);
    return Number(normalised);
  }

  timestamp(row: CsvRow, aliases: readonly string[]): Date | null {
    const value = this.text(row, aliases);
    if (value === null) return null;
    const date = parseSenestOpdateret(value);
    if (!date) this.reject(row, aliases, `"${value}" is not a timestamp of the form dd-MM-yyyy HH:mm:ss`);
    return date;
  }

  /** An institution number; malformed numbers cannot be stored faithfully, so they reject the import. */
  institutionNumber(row: CsvRow, aliases: readonly string[], required: true): string;
  institutionNumber(row: CsvRow, aliases: readonly string[], required: false): string | null;
  institutionNumber(row: CsvRow, aliases: readonly string[], required: boolean): string | null {
    const value = this.text(row, aliases);
    if (value === null) {
      if (required) this.reject(row, aliases, "the institution number is empty");
      return null;
    }
    if (!isInstitutionNumber(value)) this.reject(row, aliases, `"${value}" is not an institution number (a capital letter and five digits, e.g. G12345)`);
    return value;
  }

  reject(row: CsvRow, aliases: readonly string[], reason: string): never {
    throw new ImportError(this.table.file, row.line, this.column(aliases) ?? aliases[0], reason);
  }

  private position(aliases: readonly string[]): number | undefined {
    for (const alias of aliases) {
      const i = this.index.get(alias.toLowerCase());
      if (i !== undefined) return i;
    }
    return undefined;
  }
}
