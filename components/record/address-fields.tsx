import { PageLink } from "@/components/page-link";
import { formatCoordinate } from "@/lib/format/danish-date-time";
import { kommuneHref } from "@/lib/links";
import type { Address, KommuneRef } from "@/lib/register/record-types";
import { Field } from "./field-list";

/** The address rows of a unit or alternative address (identifiers as plain strings). */
export function AddressFields({ adresse, kommune }: { adresse: Address; kommune: KommuneRef | null }) {
  return (
    <>
      <Field label="Adresse">{adresse.tekst}</Field>
      <Field label="Kommune">{kommune && <KommuneLink kommune={kommune} />}</Field>
      <Field label="Koordinater (WGS84)" hideEmpty>
        {adresse.geoBredde !== null && adresse.geoLaengde !== null
          ? `Bredde ${formatCoordinate(adresse.geoBredde)}, længde ${formatCoordinate(adresse.geoLaengde)}`
          : null}
      </Field>
      <Field label="Adresse-id (DAR)" hideEmpty>
        {adresse.dawaId}
      </Field>
      <Field label="Vejkode" hideEmpty>
        {adresse.vejKode === null ? null : String(adresse.vejKode)}
      </Field>
    </>
  );
}

export function KommuneLink({ kommune }: { kommune: KommuneRef }) {
  return kommune.navn ? (
    <>
      <PageLink href={kommuneHref(kommune.kode)}>{kommune.navn}</PageLink> <span className="text-grey-700">(kommunekode {kommune.kode})</span>
    </>
  ) : (
    <>Ukendt kommunekode {kommune.kode}</>
  );
}
