import { describe, expect, it } from "vitest";
import { DEFAULT_QUALITY_STATE, parseQualityList, qualityFilters, qualityQuery } from "../../lib/params/quality";

describe("parseQualityList", () => {
  it("gives the defaults for no parameters", () => {
    expect(parseQualityList({})).toEqual({ ok: true, state: DEFAULT_QUALITY_STATE });
  });

  it("reads flat parameters, ignores unknown ones and empty values, and takes a rule code in any case", () => {
    const parsed = parseQualityList(new URLSearchParams("kommune=101&niveau=alternativ-adresse&regel=kryds_type&alvorlighed=&side=3&utm=x"));
    expect(parsed).toEqual({ ok: true, state: { kommune: 101, niveau: "alternativ-adresse", regel: "KRYDS_TYPE", alvorlighed: null, side: 3 } });
  });

  it("knows the import rules under their IMPORT_ codes", () => {
    expect(parseQualityList({ regel: "IMPORT_UKENDT_KODE" })).toMatchObject({ ok: true, state: { regel: "IMPORT_UKENDT_KODE" } });
    expect(parseQualityList({ regel: "UKENDT_KODE" }).ok).toBe(false);
  });

  it("reports every bad parameter by name with a Danish message, never throws", () => {
    const parsed = parseQualityList({ kommune: "abc", niveau: "kommune", regel: "DROP TABLE", alvorlighed: "kritisk", side: ["1", "2"] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.fromEntries(parsed.errors.map((e) => [e.param, e.message]))).toEqual({
      kommune: "skal være en kommunekode",
      niveau: "skal være daginstitution, anvisningsenhed, alternativ-adresse",
      regel: "er ikke en kendt regel (se listen over regler på /kvalitet/regler)",
      alvorlighed: "skal være fejl, advarsel, info",
      side: "er angivet flere gange",
    });
    expect(parsed.errors.find((e) => e.param === "regel")?.value).toBe("DROP TABLE");
  });

  it("rejects page 0 and huge pages", () => {
    expect(parseQualityList({ side: "0" }).ok).toBe(false);
    expect(parseQualityList({ side: "99999999999" }).ok).toBe(false);
  });
});

describe("qualityQuery", () => {
  const state = { ...DEFAULT_QUALITY_STATE, kommune: 101, regel: "MANGLER_PNUMMER", side: 4 };
  it("writes only what is set", () => {
    expect(qualityQuery(DEFAULT_QUALITY_STATE)).toBe("");
    expect(qualityQuery(state)).toBe("?kommune=101&regel=MANGLER_PNUMMER&side=4");
  });
  it("returns to page 1 when a filter changes, not when the page changes", () => {
    expect(qualityQuery(state, { alvorlighed: "fejl" })).toBe("?kommune=101&regel=MANGLER_PNUMMER&alvorlighed=fejl");
    expect(qualityQuery(state, { side: 5 })).toBe("?kommune=101&regel=MANGLER_PNUMMER&side=5");
  });
  it("round-trips through the parser", () => {
    const changed = { kommune: 751, niveau: "anvisningsenhed" as const, regel: "PNUMMER_DELT", alvorlighed: "info" as const, side: 2 };
    expect(parseQualityList(new URLSearchParams(qualityQuery(changed)))).toEqual({ ok: true, state: changed });
  });
});

describe("qualityFilters", () => {
  it("gives the database's level and severity names", () => {
    expect(qualityFilters({ ...DEFAULT_QUALITY_STATE, niveau: "alternativ-adresse", alvorlighed: "advarsel" })).toEqual({
      kommune: null, niveau: "alternativ_adresse", regel: null, alvorlighed: "ADVARSEL",
    });
  });
});
