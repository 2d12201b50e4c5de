import { describe, expect, it } from "vitest";
import { formatCoordinate, formatDateTime } from "./danish-date-time";

describe("formatDateTime", () => {
  it("writes Danish local time as day.month.year kl. hh.mm", () => {
    expect(formatDateTime(new Date("2021-12-01T09:18:47Z"))).toBe("1.12.2021 kl. 10.18");
  });

  it("follows summer time and pads the hour", () => {
    expect(formatDateTime(new Date("2024-05-17T11:46:22Z"))).toBe("17.5.2024 kl. 13.46");
    expect(formatDateTime(new Date("2024-01-31T23:05:00Z"))).toBe("1.2.2024 kl. 00.05");
  });
});

describe("formatCoordinate", () => {
  it("uses a decimal comma, six decimals and no grouping", () => {
    expect(formatCoordinate(55.634502)).toBe("55,634502");
    expect(formatCoordinate(8.2)).toBe("8,200000");
  });
});
