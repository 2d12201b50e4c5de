import { describe, expect, it } from "vitest";
import { ImportError } from "../../lib/import/import-error";
import { parseOfficialCsv } from "../../lib/import/read-csv";
import { writeOfficialCsv } from "../../lib/official-format/csv-writer";

const BOM = "\uFEFF";
const bytes = (text: string) => new TextEncoder().encode(text);

function rejection(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("the register's CSV dialect", () => {
  it("reads BOM, CRLF, quoted ;, bare quotes in unquoted fields, decimal commas, æøå and empty fields", () => {
    const text = `${BOM}nummer;navn;geoBredde;forælder\r\nG10001;Børnehuset "De fire Årstider";55,676098;\r\nG10002;"Vuggestuen; Solen";56,1;E10001\r\n`;
    const table = parseOfficialCsv("anvisningsenheder.csv", bytes(text));
    expect(table.header).toEqual(["nummer", "navn", "geoBredde", "forælder"]);
    expect(table.rows).toEqual([
      { line: 2, values: ["G10001", 'Børnehuset "De fire Årstider"', "55,676098", ""] },
      { line: 3, values: ["G10002", "Vuggestuen; Solen", "56,1", "E10001"] },
    ]);
  });

  it("reads LF files and files without BOM alike", () => {
    const table = parseOfficialCsv("x.csv", bytes("a;b\n1;2\n"));
    expect(table.header).toEqual(["a", "b"]);
    expect(table.rows).toEqual([{ line: 2, values: ["1", "2"] }]);
  });

  it("keeps line numbers right after a quoted field with a line break and after empty lines", () => {
    const text = `a;b\r\n1;"x\r\ny"\r\n\r\n2;z\r\n3;w`;
    const table = parseOfficialCsv("x.csv", bytes(text));
    expect(table.rows.map((row) => row.line)).toEqual([2, 5, 6]);
    expect(table.rows[0].values[1]).toBe("x\r\ny");
  });

  it("round-trips values written by the portal's own writer", () => {
    const rows = [
      { nummer: "G10001", navn: 'Børnehuset "De fire Årstider"', geo: 55.676098, parent: "" },
      { nummer: "G10002", navn: "Vuggestuen; Solen & Co\r\nafd. Ø", geo: 12.5, parent: "E10001" },
    ];
    const written = writeOfficialCsv(["nummer", "navn", "geo", "parent"], rows);
    expect(written.startsWith(BOM)).toBe(true);
    expect(written).toContain("55,676098");
    const table = parseOfficialCsv("x.csv", bytes(written));
    expect(table.rows.map((row) => row.values)).toEqual([
      ["G10001", 'Børnehuset "De fire Årstider"', "55,676098", ""],
      ["G10002", "Vuggestuen; Solen & Co\r\nafd. Ø", "12,5", "E10001"],
    ]);
  });

  it("rejects a row with the wrong number of fields, naming file and line", () => {
    const error = rejection(() => parseOfficialCsv("daginstitutioner.csv", bytes("a;b\r\n1;2\r\n3;4;5\r\n")));
    expect(error.file).toBe("daginstitutioner.csv");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/daginstitutioner\.csv, line 3: the row does not parse/);
  });

  it("rejects a quoted field that is never closed", () => {
    const error = rejection(() => parseOfficialCsv("x.csv", bytes('a;b\r\n1;"open\r\n')));
    expect(error.reason).toMatch(/never closed|does not parse/);
  });

  it("rejects a file that is not UTF-8, naming the line of the first bad byte", () => {
    const latin1 = Uint8Array.from([...bytes("a;b\r\n1;ok\r\n2;B"), 0xf8, ...bytes("rnehus\r\n")]);
    const error = rejection(() => parseOfficialCsv("x.csv", latin1));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/not valid UTF-8/);
  });

  it("rejects an empty file", () => {
    expect(rejection(() => parseOfficialCsv("x.csv", bytes(BOM))).reason).toMatch(/empty/);
  });
});
