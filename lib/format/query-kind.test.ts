import { describe, expect, it } from "vitest";
import { classifyQuery } from "./query-kind";

describe("classifyQuery", () => {
  it.each([
    ["G12345", { kind: "institutionsnummer", value: "G12345" }],
    [" g 12345 ", { kind: "institutionsnummer", value: "G12345" }],
    ["E-17926", { kind: "institutionsnummer", value: "E17926" }],
    ["1234 5678", { kind: "cvr", value: "12345678" }],
    ["12-34-56-78", { kind: "cvr", value: "12345678" }],
    ["10 1234 5678", { kind: "pnummer", value: "1012345678" }],
    ["1012345678", { kind: "pnummer", value: "1012345678" }],
    ["8000", { kind: "postnummer", value: "8000" }],
    ["Børnehuset Regnbuen", { kind: "tekst", value: "Børnehuset Regnbuen" }],
    ["123", { kind: "tekst", value: "123" }],
    ["Vej 12", { kind: "tekst", value: "Vej 12" }],
  ])("%s", (query, expected) => {
    expect(classifyQuery(query)).toEqual(expected);
  });
});
