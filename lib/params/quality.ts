import { z } from "zod";
import { isRuleCode } from "@/lib/quality/rules";
import type { RuleLevel, Severity } from "@/lib/quality/rule-types";
import { paramPairs, readParams, type ParamError, type SearchParamsInput } from "./read-params";

/**
 * The URL state of the data-quality list (/kvalitet) and its export (/kvalitet/eksport):
 * ?kommune=101&niveau=anvisningsenhed&regel=KRYDS_TYPE&alvorlighed=fejl&side=2
 */
export const QUALITY_LEVELS = ["daginstitution", "anvisningsenhed", "alternativ-adresse"] as const;
export const QUALITY_SEVERITIES = ["fejl", "advarsel", "info"] as const;
export type QualityLevelParam = (typeof QUALITY_LEVELS)[number];
export type QualitySeverityParam = (typeof QUALITY_SEVERITIES)[number];
export const QUALITY_PAGE_SIZE = 50;

export type QualityListState = {
  kommune: number | null;
  niveau: QualityLevelParam | null;
  regel: string | null;
  alvorlighed: QualitySeverityParam | null;
  side: number;
};

export const DEFAULT_QUALITY_STATE: QualityListState = { kommune: null, niveau: null, regel: null, alvorlighed: null, side: 1 };

export const QUALITY_PARAM_SCHEMAS = {
  kommune: z.string().regex(/^\d{1,4}$/, "skal være en kommunekode").transform(Number),
  niveau: z.enum(QUALITY_LEVELS, { error: `skal være ${QUALITY_LEVELS.join(", ")}` }),
  // Codes are upper case; a lower-case code typed by hand is read as the same rule.
  regel: z
    .string()
    .transform((code) => code.trim().toUpperCase())
    .refine(isRuleCode, "er ikke en kendt regel (se listen over regler på /kvalitet/regler)"),
  alvorlighed: z.enum(QUALITY_SEVERITIES, { error: `skal være ${QUALITY_SEVERITIES.join(", ")}` }),
  side: z.string().regex(/^\d{1,6}$/, "skal være et sidetal fra 1").transform(Number).refine((n) => n >= 1, "skal være et sidetal fra 1"),
} as const;

export type ParsedQualityList = { ok: true; state: QualityListState } | { ok: false; errors: ParamError[] };

/** Unknown parameters are ignored; an empty value means "not set"; a bad one is an error naming it, never a throw. */
export function parseQualityList(input: SearchParamsInput): ParsedQualityList {
  const { values, errors } = readParams(paramPairs(input), QUALITY_PARAM_SCHEMAS);
  if (errors.length) return { ok: false, errors };
  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return { ok: true, state: { ...DEFAULT_QUALITY_STATE, ...defined } };
}

/** The query string of a state with only what is set; any change but the page itself goes back to page 1. */
export function qualityQuery(state: QualityListState, change: Partial<QualityListState> = {}): string {
  const next = { ...state, ...change };
  if (Object.keys(change).some((key) => key !== "side")) next.side = 1;
  const params = new URLSearchParams();
  if (next.kommune !== null) params.set("kommune", String(next.kommune));
  if (next.niveau) params.set("niveau", next.niveau);
  if (next.regel) params.set("regel", next.regel);
  if (next.alvorlighed) params.set("alvorlighed", next.alvorlighed);
  if (next.side !== 1) params.set("side", String(next.side));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The filters as the database stores them (enum names). */
export function qualityFilters(state: QualityListState): { kommune: number | null; niveau: RuleLevel | null; regel: string | null; alvorlighed: Severity | null } {
  return {
    kommune: state.kommune,
    niveau: state.niveau === null ? null : state.niveau === "alternativ-adresse" ? "alternativ_adresse" : state.niveau,
    regel: state.regel,
    alvorlighed: state.alvorlighed === null ? null : (state.alvorlighed.toUpperCase() as Severity),
  };
}

export function levelParam(level: RuleLevel): QualityLevelParam {
  return level === "alternativ_adresse" ? "alternativ-adresse" : level;
}
