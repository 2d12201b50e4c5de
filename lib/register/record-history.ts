import type { Address, RecordHistory, RecordStatus } from "./record-types";

type HistoryRow = {
  status: RecordStatus;
  aktivitetsstatus: string | null;
  senestOpdateret: Date | null;
  foersteSetDato: Date;
  lukketDato: Date | null;
  snapshot: { snapshotDato: Date };
};

export const HISTORY_SELECT = {
  status: true,
  aktivitetsstatus: true,
  senestOpdateret: true,
  foersteSetDato: true,
  lukketDato: true,
  snapshot: { select: { snapshotDato: true } },
} as const;

export function recordHistory(row: HistoryRow, latestSnapshotDato: Date | null): RecordHistory {
  return {
    status: row.status,
    aktivitetsstatus: row.aktivitetsstatus,
    senestOpdateret: row.senestOpdateret,
    foersteSetDato: row.foersteSetDato,
    lukketDato: row.lukketDato,
    snapshotDato: row.snapshot.snapshotDato,
    latestSnapshotDato,
  };
}

export const ADDRESS_SELECT = {
  adresse: true,
  vejNavn: true,
  husNummer: true,
  etage: true,
  doer: true,
  supplerendeBynavn: true,
  postNummer: true,
  byNavn: true,
  dawaId: true,
  vejKode: true,
  geoBredde: true,
  geoLaengde: true,
} as const;

export function address(row: Omit<Address, "tekst"> & { adresse: string }): Address {
  const { adresse, ...parts } = row;
  return { tekst: adresse, ...parts };
}
