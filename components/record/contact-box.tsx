import { officialKommuneName } from "@/lib/format/kommune-name";
import type { DaginstitutionSummary } from "@/lib/register/record-types";
import { CONTACT_EMAIL } from "@/lib/site";
import { STIL_SUPPORT } from "./texts";

type Props = {
  nummer: string;
  /** Genitive of what the page shows: "enhedens", "daginstitutionens", "adressens". */
  whose: string;
  daginstitution: DaginstitutionSummary | null;
};

const KOMMUNE_MAINTAINED = new Set([1, 2]);

/** Whom to contact about wrong data: the kommune for kommunale and selvejende units, otherwise STIL's support. */
export function ContactBox({ nummer, whose, daginstitution }: Props) {
  const ejerform = daginstitution?.ejerform?.kode ?? null;
  const kommune = daginstitution?.admKommune;
  const byKommune = ejerform !== null && KOMMUNE_MAINTAINED.has(ejerform) && kommune?.navn;
  return (
    <section aria-labelledby="forkert" className="mt-10 rounded-small border border-grey-300 bg-grey-100 p-4 md:p-6">
      <h2 id="forkert" className="text-xl md:text-2xl">
        Er noget forkert?
      </h2>
      {byKommune ? (
        <p className="mt-2">
          Kontakt {officialKommuneName(kommune.kode, kommune.navn!)}, som vedligeholder {whose} oplysninger i registret
          via kommunens system. Oplys institutionsnummeret {nummer}.
        </p>
      ) : (
        <p className="mt-2">
          Kontakt {STIL_SUPPORT}, og oplys institutionsnummeret {nummer}.{" "}
          {ejerform === 3
            ? "Private institutioner vedligeholder deres oplysninger i registret med hjælp fra STIL's support."
            : "Enheder, som kommunen ikke selv vedligeholder, får rettet deres oplysninger med hjælp fra STIL's support."}
        </p>
      )}
      <p className="mt-2 text-sm text-grey-700">
        Denne portal viser kun registrets oplysninger og kan ikke selv rette dem. Fejl i selve portalen kan du skrive
        om til <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>.
      </p>
    </section>
  );
}
