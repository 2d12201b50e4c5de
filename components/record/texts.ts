export const UNKNOWN_CODE_TEXT = "Ukendt kode";
export const STIL_SUPPORT = "Styrelsen for It og Læring (STIL) support";
