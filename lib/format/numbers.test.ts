import { describe, expect, it } from "vitest";
import { hasValidCvrCheckDigit, isInstitutionNumber } from "./numbers";

describe("institution numbers", () => {
  it("accepts a letter and five digits", () => {
    expect(isInstitutionNumber("G12345")).toBe(true);
    expect(isInstitutionNumber("E17926")).toBe(true);
  });
  it("rejects other shapes", () => {
    for (const bad of ["g12345", "G1234", "G123456", "12345G", "GG1234", " G12345", ""]) {
      expect(isInstitutionNumber(bad), bad).toBe(false);
    }
  });
});

describe("CVR check digit", () => {
  it("accepts numbers whose weighted sum is divisible by 11", () => {
    // 2*1+7*0+6*0+5*0+4*0+3*0+2*0+1*9 = 11
    expect(hasValidCvrCheckDigit("10000009")).toBe(true);
    expect(hasValidCvrCheckDigit("29188505")).toBe(true);
  });
  it("rejects a wrong check digit or a wrong shape", () => {
    expect(hasValidCvrCheckDigit("10000008")).toBe(false);
    expect(hasValidCvrCheckDigit("29188506")).toBe(false);
    expect(hasValidCvrCheckDigit("1000000")).toBe(false);
    expect(hasValidCvrCheckDigit("1000 0009")).toBe(false);
  });
});
