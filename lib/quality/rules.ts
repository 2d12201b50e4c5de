import { IMPORT_QUALITY_RULES } from "./import-rules";
import { REGISTER_RULES } from "./register-rules";
import { RULE_CATEGORIES, type QualityRule } from "./rule-types";

export { REGISTER_RULES, type RegisterRuleCode } from "./register-rules";
export * from "./rule-types";

/**
 * Every data-quality rule: the register rules the portal checks after each import (lib/quality/register-rules.ts),
 * then the import's own rules (lib/import/findings.ts) under the code IMPORT_<code>. Plain data: the rule list
 * page, the filters and the record pages read it; lib/quality/refresh.ts computes the findings.
 */
export const QUALITY_RULES: readonly QualityRule[] = [...Object.values(REGISTER_RULES), ...IMPORT_QUALITY_RULES];

const BY_CODE = new Map(QUALITY_RULES.map((rule) => [rule.kode, rule]));

export function findRule(kode: string): QualityRule | undefined {
  return BY_CODE.get(kode);
}

export function isRuleCode(kode: string): boolean {
  return BY_CODE.has(kode);
}

/** The rules of each category, in the order of RULE_CATEGORIES. */
export function rulesByCategory(): { kategori: QualityRule["kategori"]; regler: QualityRule[] }[] {
  return RULE_CATEGORIES.map((kategori) => ({ kategori, regler: QUALITY_RULES.filter((rule) => rule.kategori === kategori) }));
}

/** Where a rule is explained: /kvalitet/regler#KRYDS_EJERFORM. */
export function ruleHref(kode: string): string {
  return `/kvalitet/regler#${encodeURIComponent(kode)}`;
}

/** The anchor of the cross-validation matrix on the rule page. */
export const MATRIX_HREF = "/kvalitet/regler#krydsvalidering";
