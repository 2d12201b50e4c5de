import { describe, expect, it } from "vitest";
import { normalizeInstitutionNumber } from "./record-number";

describe("normalizeInstitutionNumber", () => {
  it("accepts a letter and five digits, upper-cased and trimmed", () => {
    expect(normalizeInstitutionNumber("G10436")).toBe("G10436");
    expect(normalizeInstitutionNumber("g10436")).toBe("G10436");
    expect(normalizeInstitutionNumber("%20e17380")).toBe("E17380");
  });

  it("rejects anything else", () => {
    for (const raw of ["", "G1043", "G104366", "10436", "GG0436", "ikke-et-nummer", "%E0%A4%A"]) {
      expect(normalizeInstitutionNumber(raw)).toBeNull();
    }
  });
});
