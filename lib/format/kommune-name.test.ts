import { describe, expect, it } from "vitest";
import { officialKommuneName } from "./kommune-name";

describe("officialKommuneName", () => {
  it("adds Kommune to the name", () => {
    expect(officialKommuneName(751, "Aarhus")).toBe("Aarhus Kommune");
  });

  it("knows the names that differ", () => {
    expect(officialKommuneName(101, "København")).toBe("Københavns Kommune");
    expect(officialKommuneName(400, "Bornholm")).toBe("Bornholms Regionskommune");
  });
});
