/** Institution numbers: one letter and five digits (daginstitutioner E/D, anvisningsenheder and alternative addresses G). */
export const INSTITUTION_NUMBER = /^[A-Z]\d{5}$/;
export const CVR_NUMBER = /^\d{8}$/;
export const P_NUMBER = /^\d{10}$/;

export function isInstitutionNumber(value: string): boolean {
  return INSTITUTION_NUMBER.test(value);
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** CVR modulus-11 check: the weighted digit sum is divisible by 11. */
export function hasValidCvrCheckDigit(cvr: string): boolean {
  if (!CVR_NUMBER.test(cvr)) return false;
  const sum = CVR_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(cvr[i]), 0);
  return sum % 11 === 0;
}
