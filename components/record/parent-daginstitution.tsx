import { PageLink } from "@/components/page-link";
import { StatusBadge } from "@/components/status-badge";
import { recordHref } from "@/lib/links";
import type { DaginstitutionSummary } from "@/lib/register/record-types";
import { KommuneLink } from "./address-fields";
import { CodeValue } from "./code-value";
import { Field, FieldList } from "./field-list";

type Props = {
  daginstitution: DaginstitutionSummary | null;
  /** The parent number as exported, to explain a missing parent. */
  nummer: string | null;
  headingId?: string;
};

/** The daginstitution a unit belongs to: name, number, ejerform, lovgrundlag with legal text, adm. kommune. */
export function ParentDaginstitution({ daginstitution, nummer, headingId = "daginstitution" }: Props) {
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId}>Daginstitution</h2>
      {daginstitution ? (
        <FieldList>
          <Field label="Navn">
            <PageLink href={recordHref("daginstitution", daginstitution.nummer)} className="font-semibold">
              {daginstitution.navn}
            </PageLink>
            {daginstitution.status === "NEDLAGT" && <StatusBadge status="NEDLAGT" className="ml-2" />}
          </Field>
          <Field label="Institutionsnummer">{daginstitution.nummer}</Field>
          <Field label="Ejerform">
            <CodeValue list="ejerform" code={daginstitution.ejerform} showLaw />
          </Field>
          <Field label="Lovgrundlag">
            <CodeValue list="lovgrundlag" code={daginstitution.lovgrundlag} showLaw />
          </Field>
          <Field label="Administrerende kommune">{daginstitution.admKommune && <KommuneLink kommune={daginstitution.admKommune} />}</Field>
        </FieldList>
      ) : (
        <p className="mt-2">
          {nummer
            ? `Registret angiver daginstitution ${nummer}, men den findes ikke i registret.`
            : "Registret angiver ingen daginstitution for denne post."}
        </p>
      )}
    </section>
  );
}
