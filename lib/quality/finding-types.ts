import type { RuleLevel, Severity } from "./rule-types";

/** A stored finding as the data layer gives it to pages (lib/register/quality.ts). */
export type QualityFinding = {
  id: number;
  regel: string;
  alvorlighed: Severity;
  /** Null for a finding about a file rather than a record (a missing column, a code label). */
  niveau: RuleLevel | null;
  nummer: string | null;
  navn: string | null;
  kommuneKode: number | null;
  kommuneNavn: string | null;
  besked: string;
  vaerdi: string | null;
};

/** A finding on a record's own page: the record is known, so only what is wrong. */
export type RecordQualityFinding = Pick<QualityFinding, "regel" | "alvorlighed" | "besked" | "vaerdi">;

export type QualityCounts = {
  total: number;
  perAlvorlighed: Record<Severity, number>;
  /** Rules with at least one finding, most severe first, then by code. */
  perRegel: { regel: string; alvorlighed: Severity; antal: number }[];
};
