import { describe, it, expect } from "vitest";
import { formatCalendarDate, formatDate, formatDateShort, formatNumber } from "./danish";

describe("formatNumber", () => {
  it("groups thousands with a dot and uses a decimal comma", () => {
    expect(formatNumber(4899)).toBe("4.899");
    expect(formatNumber(1234567.5)).toBe("1.234.567,5");
    expect(formatNumber(98)).toBe("98");
    expect(formatNumber(0)).toBe("0");
  });
});

describe("formatDate", () => {
  it("writes the day and month name in Danish", () => {
    expect(formatDate(new Date("2026-11-20T12:00:00Z"))).toBe("20. november 2026");
    expect(formatDate(new Date("2024-12-24T10:00:00Z"))).toBe("24. december 2024");
  });

  it("uses the Copenhagen calendar day, in winter and summer time", () => {
    expect(formatDate(new Date("2026-11-20T23:30:00Z"))).toBe("21. november 2026");
    expect(formatDate(new Date("2026-06-30T22:30:00Z"))).toBe("1. juli 2026");
  });
});

describe("formatDateShort", () => {
  it("writes dd.mm.yyyy with leading zeros", () => {
    expect(formatDateShort(new Date("2026-11-20T12:00:00Z"))).toBe("20.11.2026");
    expect(formatDateShort(new Date("2026-03-05T12:00:00Z"))).toBe("05.03.2026");
  });

  it("uses the Copenhagen calendar day", () => {
    expect(formatDateShort(new Date("2026-11-20T23:30:00Z"))).toBe("21.11.2026");
  });
});

describe("formatCalendarDate", () => {
  it("keeps a DATE column (midnight UTC) on its own day", () => {
    expect(formatCalendarDate(new Date("2026-11-20T00:00:00Z"))).toBe("20. november 2026");
    expect(formatCalendarDate(new Date("2026-07-01T00:00:00Z"))).toBe("1. juli 2026");
    expect(formatCalendarDate(new Date("2026-01-01T00:00:00Z"))).toBe("1. januar 2026");
  });
});
