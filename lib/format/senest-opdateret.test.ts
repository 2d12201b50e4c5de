import { describe, expect, it } from "vitest";
import { formatSenestOpdateret, parseSenestOpdateret } from "./senest-opdateret";

describe("senestOpdateret (dd-MM-yyyy HH:mm:ss, Danish time)", () => {
  it("reads winter and summer time", () => {
    expect(parseSenestOpdateret("01-12-2021 10:18:47")?.toISOString()).toBe("2021-12-01T09:18:47.000Z");
    expect(parseSenestOpdateret("15-07-2024 10:18:47")?.toISOString()).toBe("2024-07-15T08:18:47.000Z");
  });
  it("reads the hours around the switch to and from summer time", () => {
    expect(parseSenestOpdateret("31-03-2024 01:30:00")?.toISOString()).toBe("2024-03-31T00:30:00.000Z");
    expect(parseSenestOpdateret("31-03-2024 03:30:00")?.toISOString()).toBe("2024-03-31T01:30:00.000Z");
    expect(parseSenestOpdateret("27-10-2024 04:00:00")?.toISOString()).toBe("2024-10-27T03:00:00.000Z");
  });
  it("round-trips through the writer", () => {
    for (const text of ["01-12-2021 10:18:47", "29-02-2024 23:59:59", "01-01-2026 00:00:00"]) {
      expect(formatSenestOpdateret(parseSenestOpdateret(text)!)).toBe(text);
    }
  });
  it("rejects impossible dates and other shapes", () => {
    for (const text of ["31-02-2024 10:00:00", "01-13-2024 10:00:00", "01-12-2021 24:00:00", "2021-12-01 10:18:47", "1-12-2021 10:18:47", ""]) {
      expect(parseSenestOpdateret(text), text).toBeNull();
    }
  });
});
