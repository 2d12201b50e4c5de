import { describe, expect, it } from "vitest";
import { danishSortKey, searchText } from "./search-text";

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

describe("danishSortKey", () => {
  it("orders like Danish collation, byte by byte", () => {
    const names = ["Åhuset", "Zebra", "Ærtebjerg", "Aabenraa", "Østerled", "Abildgaard", "Éclair", "bakken"];
    const byKey = [...names].sort((a, b) => (danishSortKey(a) < danishSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...names].sort(new Intl.Collator("da").compare));
    expect(byKey).toEqual(["Abildgaard", "bakken", "Éclair", "Zebra", "Ærtebjerg", "Østerled", "Aabenraa", "Åhuset"]);
  });
});
