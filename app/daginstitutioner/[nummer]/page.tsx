import type { Metadata } from "next";
import { NOT_FOUND_METADATA } from "@/app/_lib/not-found-metadata";
import { recordNumberParam } from "@/app/_lib/record-number-param";
import { ClosedNotice } from "@/components/record/closed-notice";
import { CodeValue } from "@/components/record/code-value";
import { ContactBox } from "@/components/record/contact-box";
import { RecordChanges } from "@/components/record/record-changes";
import { Field, FieldList } from "@/components/record/field-list";
import { HistoryFields } from "@/components/record/history-fields";
import { RecordQualityFindings } from "@/components/quality/record-quality-findings";
import { KommuneLink } from "@/components/record/address-fields";
import { RecordHeading } from "@/components/record/record-heading";
import { RecordList } from "@/components/record/record-list";
import { SnapshotLine } from "@/components/record/snapshot-line";
import { UdledtNote } from "@/components/udledt-marker";
import { formatNumber } from "@/lib/format/danish";
import { getDaginstitution } from "@/lib/register/records";
import { notFoundPage } from "@/app/_lib/not-found-page";

type Props = { params: Promise<{ nummer: string }> };

async function load(params: Props["params"]) {
  const nummer = await recordNumberParam(params, "daginstitution");
  return nummer === null ? null : getDaginstitution(nummer);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await load(params);
  if (!record) return NOT_FOUND_METADATA;
  return { title: `${record.navn} (${record.nummer})` };
}

export default async function DaginstitutionPage({ params }: Props) {
  const record = await load(params);
  if (!record) notFoundPage("/daginstitutioner", (await params).nummer);
  const { antal } = record;
  const udledt = record.ejerform?.udledt || record.lovgrundlag?.udledt || record.enheder.some((unit) => unit.type?.udledt);
  return (
    <article>
      <RecordHeading levelLabel="Daginstitution" title={record.navn} nummer={record.nummer} status={record.status} />
      {record.status === "NEDLAGT" && <ClosedNotice subject="daginstitutionen" lukketDato={record.lukketDato} />}

      <section aria-labelledby="oplysninger" className="mt-10">
        <h2 id="oplysninger">Oplysninger</h2>
        <FieldList>
          <Field label="Institutionsnummer">{record.nummer}</Field>
          <Field label="Navn">{record.navn}</Field>
          <Field label="Ejerform">
            <CodeValue list="ejerform" code={record.ejerform} showLaw />
          </Field>
          <Field label="Lovgrundlag">
            <CodeValue list="lovgrundlag" code={record.lovgrundlag} showLaw />
          </Field>
          <Field label="Administrerende kommune">{record.admKommune && <KommuneLink kommune={record.admKommune} />}</Field>
          <Field label="Anvisningsenheder">
            {`${formatNumber(antal.aktiveEnheder)} aktive`}
            {antal.nedlagteEnheder > 0 && `, ${formatNumber(antal.nedlagteEnheder)} nedlagte`}
          </Field>
          <Field label="Alternative adresser">{formatNumber(antal.alternativeAdresser)}</Field>
          <HistoryFields history={record} />
        </FieldList>
        {udledt && <UdledtNote className="mt-3" />}
      </section>

      <section aria-labelledby="enheder" className="mt-10">
        <h2 id="enheder">Anvisningsenheder</h2>
        <RecordList
          level="anvisningsenhed"
          empty="Daginstitutionen har ingen anvisningsenheder i registret."
          items={record.enheder.map((unit) => ({ ...unit, details: [unit.type?.navn, unit.adresse] }))}
        />
      </section>

      <RecordQualityFindings fund={record.fund} snapshotDato={record.latestSnapshotDato} />
      <RecordChanges level="daginstitution" nummer={record.nummer} foersteSetDato={record.foersteSetDato} subject="daginstitutionen" />
      <ContactBox nummer={record.nummer} whose="daginstitutionens" daginstitution={record} />
      <SnapshotLine latestSnapshotDato={record.latestSnapshotDato} />
    </article>
  );
}
