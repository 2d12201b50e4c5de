import { CVR_NUMBER, hasValidCvrCheckDigit, P_NUMBER } from "../format/numbers";
import { finding, type Finding, type RuleCode } from "./findings";
import { ImportError } from "./import-error";
import type { AddressFields, Level, ParsedSnapshot, Source } from "./records";

export type ReferenceData = {
  ejerform: Map<number, string>;
  lovgrundlag: Map<number, string>;
  institutionstype: Map<number, string>;
  kommune: Map<number, string>;
};

/** What the database holds for levels the import does not bring, so parents can be checked against it. */
export type ExistingParents = {
  daginstitutioner: Map<string, { admKommuneKode: number | null }>;
  anvisningsenheder: Set<string>;
};

type Ref = { niveau: Level; nummer: string; source: Source };

const NAME_MAX = 132;

/** Rejects duplicate numbers; returns every broken register rule as a finding. */
export function validateSnapshot(snapshot: ParsedSnapshot, reference: ReferenceData, existing: ExistingParents): Finding[] {
  const findings: Finding[] = [];
  const add = (regel: RuleCode, ref: Ref, kolonne: string | null, vaerdi: string | number | null, besked?: string) =>
    findings.push(finding(regel, { niveau: ref.niveau, nummer: ref.nummer, fil: ref.source.file, linje: ref.source.line, kolonne, vaerdi: vaerdi === null ? null : String(vaerdi), besked }));

  for (const missing of snapshot.missingColumns) {
    findings.push(finding("MANGLER_KOLONNE", { niveau: null, nummer: null, fil: missing.file, linje: 1, kolonne: missing.column, vaerdi: null, besked: `Kolonnen ${missing.column} mangler i filen; feltet er gemt tomt` }));
  }

  const daginstitutioner = new Map<string, { admKommuneKode: number | null }>(
    snapshot.daginstitutioner ? [] : existing.daginstitutioner,
  );
  for (const d of unique(snapshot.daginstitutioner, "daginstitutionsNummer")) {
    const ref: Ref = { niveau: "daginstitution", nummer: d.nummer, source: d.source };
    daginstitutioner.set(d.nummer, { admKommuneKode: d.admKommuneKode });
    checkName(add, ref, d.navn, "daginstitutionsNavn");
    checkCode(add, ref, "ejerformKode", d.ejerformKode, reference.ejerform, true);
    checkCode(add, ref, "lovgrundlagKode", d.lovgrundlagKode, reference.lovgrundlag, true);
    checkCode(add, ref, "admKommuneKode", d.admKommuneKode, reference.kommune, true, "UKENDT_KOMMUNE");
  }

  const units = new Set<string>(snapshot.anvisningsenheder ? [] : existing.anvisningsenheder);
  for (const u of unique(snapshot.anvisningsenheder, "anvisningsenhedsNummer")) {
    const ref: Ref = { niveau: "anvisningsenhed", nummer: u.nummer, source: u.source };
    units.add(u.nummer);
    checkName(add, ref, u.navn, "anvisningsenhedsNavn");
    checkCode(add, ref, "instType3", u.instType3, reference.institutionstype, true);
    checkAddress(add, ref, u, reference, true);
    if (!u.daginstitutionsNummer) add("MANGLER_FORAELDER", ref, "daginstitutionsNummer", null, "Anvisningsenheden har intet daginstitutionsnummer");
    else {
      const parent = daginstitutioner.get(u.daginstitutionsNummer);
      if (!parent) add("UKENDT_FORAELDER", ref, "daginstitutionsNummer", u.daginstitutionsNummer, `Daginstitutionen ${u.daginstitutionsNummer} findes ikke i registret`);
      else if (parent.admKommuneKode !== null && u.kommuneKode !== null && parent.admKommuneKode !== u.kommuneKode) {
        add("KOMMUNE_AFVIGER", ref, "kommuneKode", u.kommuneKode, `Enheden ligger i kommune ${u.kommuneKode}, daginstitutionen ${u.daginstitutionsNummer} administreres af kommune ${parent.admKommuneKode}`);
      }
    }
  }

  for (const a of unique(snapshot.alternativeAdresser, "alternativAdresseNummer")) {
    const ref: Ref = { niveau: "alternativ_adresse", nummer: a.nummer, source: a.source };
    checkAddress(add, ref, a, reference, false);
    if (a.navn && a.navn.length > NAME_MAX) add("NAVN_FOR_LANGT", ref, "alternativAdresseNavn", a.navn.length);
    if (!a.anvisningsenhedsNummer) add("MANGLER_FORAELDER", ref, "anvisningsenhedsNummer", null, "Den alternative adresse har intet anvisningsenhedsnummer");
    else if (!units.has(a.anvisningsenhedsNummer)) add("UKENDT_FORAELDER", ref, "anvisningsenhedsNummer", a.anvisningsenhedsNummer, `Anvisningsenheden ${a.anvisningsenhedsNummer} findes ikke i registret`);
    if (snapshot.anvisningsenheder && units.has(a.nummer)) add("NUMMER_DELT", ref, "alternativAdresseNummer", a.nummer);
  }

  for (const label of distinctLabels(snapshot.labels)) {
    const known = reference[label.list].get(label.code);
    if (known !== undefined && known.toLowerCase() !== label.label.toLowerCase()) {
      findings.push(finding("KODETEKST_AFVIGER", { niveau: null, nummer: null, fil: label.source.file, linje: label.source.line, kolonne: label.column, vaerdi: label.label, besked: `Registret kalder ${label.list} ${label.code} "${label.label}"; portalens kodeliste siger "${known}"` }));
    }
  }
  return findings;
}

type Add = (regel: RuleCode, ref: Ref, kolonne: string | null, vaerdi: string | number | null, besked?: string) => void;

function unique<T extends { nummer: string; source: Source }>(records: T[] | undefined, column: string): T[] {
  const seen = new Map<string, Source>();
  for (const record of records ?? []) {
    const first = seen.get(record.nummer);
    if (first) {
      const where = first.file === record.source.file ? `line ${first.line}` : `${first.file} line ${first.line}`;
      throw new ImportError(record.source.file, record.source.line, column, `the number ${record.nummer} appears twice (also on ${where})`);
    }
    seen.set(record.nummer, record.source);
  }
  return records ?? [];
}

function checkName(add: Add, ref: Ref, navn: string, column: string) {
  if (navn === "") add("MANGLER_NAVN", ref, column, null);
  else if (navn.length > NAME_MAX) add("NAVN_FOR_LANGT", ref, column, navn.length, `Navnet har ${navn.length} tegn; registret tillader ${NAME_MAX}`);
}

function checkCode(add: Add, ref: Ref, column: string, code: number | null, list: Map<number, string>, mandatory: boolean, unknownRule: RuleCode = "UKENDT_KODE") {
  if (code === null) {
    if (mandatory) add("MANGLER_KODE", ref, column, null, `${column} mangler`);
  } else if (!list.has(code)) add(unknownRule, ref, column, code, `${column} ${code} er ikke en kendt kode`);
}

function checkAddress(add: Add, ref: Ref, a: AddressFields, reference: ReferenceData, mandatory: boolean) {
  if (a.kommuneKode !== null && !reference.kommune.has(a.kommuneKode)) add("UKENDT_KOMMUNE", ref, "kommuneKode", a.kommuneKode, `Kommunekoden ${a.kommuneKode} findes ikke`);
  if (a.pNummer === null) {
    if (mandatory) add("MANGLER_PNUMMER", ref, "pNummer", null);
  } else if (!P_NUMBER.test(a.pNummer)) add("PNUMMER_FORMAT", ref, "pNummer", a.pNummer);
  if (a.cvrNummer === null) {
    if (mandatory) add("MANGLER_CVR", ref, "cvrNummer", null);
  } else if (!CVR_NUMBER.test(a.cvrNummer)) add("CVR_FORMAT", ref, "cvrNummer", a.cvrNummer);
  else if (!hasValidCvrCheckDigit(a.cvrNummer)) add("CVR_KONTROLCIFFER", ref, "cvrNummer", a.cvrNummer);
}

function distinctLabels(labels: ParsedSnapshot["labels"]) {
  const seen = new Map<string, ParsedSnapshot["labels"][number]>();
  for (const label of labels) {
    const key = `${label.list}:${label.code}:${label.label}`;
    if (!seen.has(key)) seen.set(key, label);
  }
  return seen.values();
}
