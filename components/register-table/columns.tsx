"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { kommuneHref, recordHref } from "@/lib/links";
import type { ListColumn } from "@/lib/params/list-state";
import type { UnitListRow } from "@/lib/register/unit-list";
import { StatusBadge } from "../status-badge";

const column = createColumnHelper<UnitListRow>();

export const COLUMN_LABELS: Record<ListColumn, string> = {
  nummer: "Inst.nr.",
  navn: "Navn",
  daginstitution: "Daginstitution",
  type: "Type",
  ejerform: "Ejerform",
  lovgrundlag: "Lovgrundlag",
  pnummer: "P-nummer",
  cvr: "CVR",
  adresse: "Adresse",
  kommune: "Kommune",
  status: "Status",
};

const code = (kode: number | null, navn: string | null) => (kode === null ? "" : (navn ?? `Ukendt kode ${kode}`));

/** Column definitions of the anvisningsenhed table; identifiers stay plain strings. */
export const UNIT_COLUMNS = [
  column.accessor("nummer", { id: "nummer", cell: (c) => <a href={recordHref("anvisningsenhed", c.getValue())} className="font-mono">{c.getValue()}</a> }),
  column.accessor("navn", { id: "navn", cell: (c) => <a href={recordHref("anvisningsenhed", c.row.original.nummer)}>{c.getValue()}</a> }),
  column.accessor("daginstitutionNavn", {
    id: "daginstitution",
    cell: ({ row: { original: r } }) =>
      r.daginstitutionsNummer ? (
        <a href={recordHref("daginstitution", r.daginstitutionsNummer)}>{r.daginstitutionNavn ?? r.daginstitutionsNummer}</a>
      ) : (
        <span className="text-grey-700">Ingen</span>
      ),
  }),
  column.accessor("typeNavn", { id: "type", cell: ({ row: { original: r } }) => code(r.typeKode, r.typeNavn) }),
  column.accessor("ejerformNavn", { id: "ejerform", cell: ({ row: { original: r } }) => code(r.ejerformKode, r.ejerformNavn) }),
  column.accessor("lovgrundlagNavn", {
    id: "lovgrundlag",
    cell: ({ row: { original: r } }) =>
      r.lovgrundlagKode === null ? "" : (
        <>
          {code(r.lovgrundlagKode, r.lovgrundlagNavn)}
          {r.lovhenvisning && <span className="block text-sm text-grey-700">{r.lovhenvisning}</span>}
        </>
      ),
  }),
  column.accessor("pNummer", { id: "pnummer", cell: (c) => <span className="font-mono">{c.getValue()}</span> }),
  column.accessor("cvrNummer", { id: "cvr", cell: (c) => <span className="font-mono">{c.getValue()}</span> }),
  column.accessor("adresse", { id: "adresse" }),
  column.accessor("kommuneNavn", {
    id: "kommune",
    cell: ({ row: { original: r } }) => (r.kommuneKode === null ? "" : <a href={kommuneHref(r.kommuneKode)}>{r.kommuneNavn}</a>),
  }),
  column.accessor("status", { id: "status", cell: (c) => <StatusBadge status={c.getValue()} /> }),
];
