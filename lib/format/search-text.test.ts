import { describe, expect, it } from "vitest";
import { searchText } from "./search-text";

describe("searchText", () => {
  it("spells æ, ø and å the old way so both spellings meet", () => {
    expect(searchText("Åbenrå")).toBe(searchText("Aabenraa"));
    expect(searchText("Børnehuset Ærø")).toBe("boernehuset aeroe");
  });
  it("drops case, accents and punctuation", () => {
    expect(searchText('Børnehuset "De fire Årstider"', "Café Allé 12A,", "8000 Aarhus C")).toBe("boernehuset de fire aarstider cafe alle 12a 8000 aarhus c");
  });
  it("skips empty parts", () => {
    expect(searchText(null, "", "Solen", undefined)).toBe("solen");
  });
});
