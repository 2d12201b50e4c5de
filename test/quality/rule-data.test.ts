import { describe, expect, it } from "vitest";
import { readCodeLists } from "../../lib/db/reference-data";
import { IMPORT_RULES } from "../../lib/import/findings";
import { parseCrossValidationMatrix, readCrossValidationMatrix } from "../../lib/quality/cross-validation-matrix";
import { findRule, QUALITY_RULES, REGISTER_RULES, rulesByCategory } from "../../lib/quality/rules";

describe("the rule list", () => {
  it("has unique codes, every text filled in, and each rule in one category", () => {
    expect(new Set(QUALITY_RULES.map((rule) => rule.kode)).size).toBe(QUALITY_RULES.length);
    for (const rule of QUALITY_RULES) {
      for (const text of [rule.titel, rule.betydning, rule.konsekvens, rule.handling]) expect(text.length, rule.kode).toBeGreaterThan(10);
    }
    expect(rulesByCategory().flatMap((category) => category.regler)).toHaveLength(QUALITY_RULES.length);
  });

  it("shows every import rule under IMPORT_<code> with the import's title and severity", () => {
    for (const [code, rule] of Object.entries(IMPORT_RULES)) {
      expect(findRule(`IMPORT_${code}`)).toMatchObject({ titel: rule.titel, alvorlighed: rule.alvorlighed, kategori: "Indlæsning" });
    }
  });

  it("points an import rule checked on the register at a register rule", () => {
    const shown = QUALITY_RULES.filter((rule) => rule.visesSom);
    expect(shown.map((rule) => rule.kode).sort()).toEqual(["IMPORT_CVR_KONTROLCIFFER", "IMPORT_MANGLER_PNUMMER"]);
    for (const rule of shown) expect(Object.keys(REGISTER_RULES)).toContain(rule.visesSom);
  });

  it("marks exactly the cross-validation rules as inferred", () => {
    expect(QUALITY_RULES.filter((rule) => rule.udledt).map((rule) => rule.kode)).toEqual(["KRYDS_EJERFORM", "KRYDS_TYPE"]);
  });

  it("says who can correct a register finding: the kommune or the owner", () => {
    for (const rule of Object.values(REGISTER_RULES)) expect(rule.handling, rule.kode).toMatch(/kommunen.*ejeren/s);
  });

  it("explains what a shared p-nummer means for rights in the systems that key on it", () => {
    expect(REGISTER_RULES.PNUMMER_DELT.konsekvens).toMatch(/produktionsenhed i CVR/);
    expect(REGISTER_RULES.PNUMMER_DELT.konsekvens).toMatch(/Tilslutning/);
    expect(REGISTER_RULES.PNUMMER_DELT.konsekvens).toMatch(/kan ikke skelnes/);
  });
});

describe("the cross-validation matrix", () => {
  const matrix = readCrossValidationMatrix();
  const codes = readCodeLists();
  const known = (list: { kode: number }[]) => new Set(list.map((entry) => entry.kode));

  it("is marked inferred and names only codes of the portal's code lists", () => {
    expect(matrix.udledt).toBe(true);
    expect(matrix.kilde).toMatch(/officielle tabel er ikke fundet/);
    for (const entry of matrix.entries) {
      expect(known(codes.lovgrundlag)).toContain(entry.lovgrundlag);
      for (const ejerform of entry.ejerform ?? []) expect(known(codes.ejerform)).toContain(ejerform);
      for (const type of entry.institutionstyper) expect(known(codes.institutionstype)).toContain(type);
    }
  });

  it("rejects a file that is not a matrix", () => {
    expect(() => parseCrossValidationMatrix({ udledt: true, kilde: "x", lovgrundlag: { een: { ejerform: [1], institutionstyper: [] } } })).toThrow();
    expect(() => parseCrossValidationMatrix({ udledt: true, kilde: "x", lovgrundlag: { 1: { ejerform: "1", institutionstyper: [] } } })).toThrow();
  });
});
