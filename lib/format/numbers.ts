/** Institution numbers: one letter and five digits (daginstitutioner E/D, anvisningsenheder and alternative addresses G). */
export const INSTITUTION_NUMBER = /^[A-Z]\d{5}$/;
export const CVR_NUMBER = /^\d{8}$/;
export const P_NUMBER = /^\d{10}$/;

export function isInstitutionNumber(value: string): boolean {
  return INSTITUTION_NUMBER.test(value);
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** The CVR modulus-11 remainder of up to 8 digits (weights 2,7,6,5,4,3,2,1). */
export function cvrChecksum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += CVR_WEIGHTS[i] * Number(digits[i]);
  return sum % 11;
}

/** CVR modulus-11 check: the weighted digit sum is divisible by 11. */
export function hasValidCvrCheckDigit(cvr: string): boolean {
  return CVR_NUMBER.test(cvr) && cvrChecksum(cvr) === 0;
}
