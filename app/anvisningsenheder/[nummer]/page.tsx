import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { NOT_FOUND_METADATA } from "@/app/_lib/not-found-metadata";
import { recordNumberParam } from "@/app/_lib/record-number-param";
import { AddressFields } from "@/components/record/address-fields";
import { ClosedNotice } from "@/components/record/closed-notice";
import { CodeValue } from "@/components/record/code-value";
import { ContactBox } from "@/components/record/contact-box";
import { RecordChanges } from "@/components/record/record-changes";
import { ParentDaginstitution } from "@/components/record/parent-daginstitution";
import { Field, FieldList } from "@/components/record/field-list";
import { HistoryFields } from "@/components/record/history-fields";
import { RecordQualityFindings } from "@/components/quality/record-quality-findings";
import { RecordHeading } from "@/components/record/record-heading";
import { RecordList } from "@/components/record/record-list";
import { SharedPNummer } from "@/components/record/shared-p-nummer";
import { SnapshotLine } from "@/components/record/snapshot-line";
import { UdledtNote } from "@/components/udledt-marker";
import { searchHref } from "@/lib/links";
import { getAnvisningsenhed } from "@/lib/register/records";
import { notFoundPage } from "@/app/_lib/not-found-page";

type Props = { params: Promise<{ nummer: string }> };

async function load(params: Props["params"]) {
  const nummer = await recordNumberParam(params, "anvisningsenhed");
  return nummer === null ? null : getAnvisningsenhed(nummer);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await load(params);
  if (!record) return NOT_FOUND_METADATA;
  return { title: `${record.navn} (${record.nummer})` };
}

export default async function AnvisningsenhedPage({ params }: Props) {
  const record = await load(params);
  if (!record) notFoundPage("/anvisningsenheder", (await params).nummer);
  const parent = record.daginstitution;
  const udledt = record.type?.udledt || parent?.ejerform?.udledt || parent?.lovgrundlag?.udledt;
  return (
    <article>
      <RecordHeading levelLabel="Anvisningsenhed" title={record.navn} nummer={record.nummer} status={record.status} />
      {record.status === "NEDLAGT" && <ClosedNotice subject="enheden" lukketDato={record.lukketDato} />}

      <section aria-labelledby="oplysninger" className="mt-10">
        <h2 id="oplysninger">Oplysninger</h2>
        <FieldList>
          <Field label="Institutionsnummer">{record.nummer}</Field>
          <Field label="Navn">{record.navn}</Field>
          <Field label="Institutionstype">
            <CodeValue list="institutionstype" code={record.type} />
          </Field>
          <AddressFields adresse={record.adresse} kommune={record.kommune} />
          <Field label="E-mail">{record.email && <a href={`mailto:${record.email}`}>{record.email}</a>}</Field>
          <Field label="Telefon">{record.telefonNummer}</Field>
          <Field label="CVR-nummer">
            {record.cvrNummer && (
              <>
                {record.cvrNummer}{" "}
                <PageLink href={searchHref(record.cvrNummer)} className="ml-2 text-sm">
                  Søg efter CVR-nummeret
                </PageLink>
              </>
            )}
          </Field>
          <Field label="P-nummer">{record.pNummer}</Field>
          <HistoryFields history={record} />
        </FieldList>
      </section>

      <ParentDaginstitution daginstitution={parent} nummer={record.daginstitutionsNummer} />
      {udledt && <UdledtNote className="mt-3" />}

      <section aria-labelledby="soeskende" className="mt-10">
        <h2 id="soeskende">Andre anvisningsenheder under samme daginstitution</h2>
        <RecordList
          level="anvisningsenhed"
          empty={parent ? "Daginstitutionen har ingen andre anvisningsenheder." : "Enheden har ingen kendt daginstitution."}
          items={record.soeskende.map((unit) => ({ ...unit, details: [unit.type?.navn, unit.adresse] }))}
        />
      </section>

      <section aria-labelledby="alternative-adresser" className="mt-10">
        <h2 id="alternative-adresser">Alternative adresser</h2>
        <RecordList
          level="alternativ_adresse"
          empty="Enheden har ingen alternative adresser."
          items={record.alternativeAdresser.map((alt) => ({ ...alt, details: [alt.adresse] }))}
        />
      </section>

      <SharedPNummer pNummer={record.pNummer} units={record.sammePNummer} />
      <RecordQualityFindings fund={record.fund} snapshotDato={record.latestSnapshotDato} />
      <RecordChanges level="anvisningsenhed" nummer={record.nummer} foersteSetDato={record.foersteSetDato} subject="enheden" />
      <ContactBox nummer={record.nummer} whose="enhedens" daginstitution={parent} />
      <SnapshotLine latestSnapshotDato={record.latestSnapshotDato} />
    </article>
  );
}
