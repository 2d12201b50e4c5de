import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { NOT_FOUND_METADATA } from "@/app/_lib/not-found-metadata";
import { recordNumberParam } from "@/app/_lib/record-number-param";
import { AddressFields } from "@/components/record/address-fields";
import { ClosedNotice } from "@/components/record/closed-notice";
import { CodeValue } from "@/components/record/code-value";
import { ContactBox } from "@/components/record/contact-box";
import { RecordChanges } from "@/components/record/record-changes";
import { Field, FieldList } from "@/components/record/field-list";
import { HistoryFields } from "@/components/record/history-fields";
import { RecordQualityFindings } from "@/components/quality/record-quality-findings";
import { ParentDaginstitution } from "@/components/record/parent-daginstitution";
import { RecordHeading } from "@/components/record/record-heading";
import { SnapshotLine } from "@/components/record/snapshot-line";
import { StatusBadge } from "@/components/status-badge";
import { UdledtNote } from "@/components/udledt-marker";
import { recordHref } from "@/lib/links";
import { getAlternativAdresse } from "@/lib/register/records";
import type { AlternativAdresseRecord } from "@/lib/register/record-types";
import { notFoundPage } from "@/app/_lib/not-found-page";

type Props = { params: Promise<{ nummer: string }> };

async function load(params: Props["params"]) {
  const nummer = await recordNumberParam(params, "alternativ_adresse");
  return nummer === null ? null : getAlternativAdresse(nummer);
}

function titleOf(record: AlternativAdresseRecord): string {
  return record.navn?.trim() || `Alternativ adresse ${record.nummer}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await load(params);
  if (!record) return NOT_FOUND_METADATA;
  return { title: `${titleOf(record)} (${record.nummer})` };
}

export default async function AlternativAdressePage({ params }: Props) {
  const record = await load(params);
  if (!record) notFoundPage("/alternative-adresser", (await params).nummer);
  const unit = record.anvisningsenhed;
  const parent = record.daginstitution;
  const udledt = unit?.type?.udledt || parent?.ejerform?.udledt || parent?.lovgrundlag?.udledt;
  return (
    <article>
      <RecordHeading levelLabel="Alternativ adresse" title={titleOf(record)} nummer={record.nummer} status={record.status} />
      {record.status === "NEDLAGT" && <ClosedNotice subject="den alternative adresse" lukketDato={record.lukketDato} />}
      <p className="mt-4 text-lg">
        En alternativ adresse er en ekstra fysisk adresse for en anvisningsenhed. Den har sit eget navn og sin egen
        adresse; e-mail, telefon og institutionstype er anvisningsenhedens.
      </p>

      <section aria-labelledby="oplysninger" className="mt-10">
        <h2 id="oplysninger">Oplysninger</h2>
        <FieldList>
          <Field label="Institutionsnummer">{record.nummer}</Field>
          <Field label="Navn">{record.navn}</Field>
          <AddressFields adresse={record.adresse} kommune={record.kommune} />
          <Field label="CVR-nummer">{record.cvrNummer}</Field>
          <Field label="P-nummer">{record.pNummer}</Field>
          <HistoryFields history={record} />
        </FieldList>
      </section>

      <section aria-labelledby="anvisningsenhed" className="mt-10">
        <h2 id="anvisningsenhed">Anvisningsenhed</h2>
        {unit ? (
          <FieldList>
            <Field label="Navn">
              <PageLink href={recordHref("anvisningsenhed", unit.nummer)} className="font-semibold">
                {unit.navn}
              </PageLink>
              {unit.status === "NEDLAGT" && <StatusBadge status="NEDLAGT" className="ml-2" />}
            </Field>
            <Field label="Institutionsnummer">{unit.nummer}</Field>
            <Field label="Institutionstype">
              <CodeValue list="institutionstype" code={unit.type} />
            </Field>
          </FieldList>
        ) : (
          <p className="mt-2">
            {record.anvisningsenhedsNummer
              ? `Registret angiver anvisningsenhed ${record.anvisningsenhedsNummer}, men den findes ikke i registret.`
              : "Registret angiver ingen anvisningsenhed for denne adresse."}
          </p>
        )}
      </section>

      {unit && <ParentDaginstitution daginstitution={parent} nummer={null} />}
      {udledt && <UdledtNote className="mt-3" />}

      <RecordQualityFindings fund={record.fund} snapshotDato={record.latestSnapshotDato} />
      <RecordChanges level="alternativ_adresse" nummer={record.nummer} foersteSetDato={record.foersteSetDato} subject="adressen" />
      <ContactBox nummer={record.nummer} whose="adressens" daginstitution={parent} />
      <SnapshotLine latestSnapshotDato={record.latestSnapshotDato} />
    </article>
  );
}
