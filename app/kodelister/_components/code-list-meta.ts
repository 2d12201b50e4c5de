import type { CodeListName } from "@/lib/register/code-lists";

export type CodeListMeta = {
  title: string;
  /** The column in the register's exports. */
  column: string;
  intro: string;
  /** What the counts count. */
  countLabel: string;
  /** Plural noun for "N … uden kode". */
  countNoun: string;
  /** Parameter of the browse view (/dagtilbud) that filters by this code. */
  filter: string;
  showLaw: boolean;
};

export const CODE_LIST_META: Record<CodeListName, CodeListMeta> = {
  ejerform: {
    title: "Ejerform",
    column: "ejerformKode",
    intro: "Hvem der driver daginstitutionen. Ejerformen står på daginstitutionen og gælder alle dens anvisningsenheder.",
    countLabel: "Aktive daginstitutioner",
    countNoun: "aktive daginstitutioner",
    filter: "ejerform",
    showLaw: true,
  },
  lovgrundlag: {
    title: "Lovgrundlag",
    column: "lovgrundlagKode",
    intro:
      "Den bestemmelse, daginstitutionen er oprettet efter. Registrets officielle liste over lovgrundlag er ikke fundet, så betegnelserne er portalens bedste læsning.",
    countLabel: "Aktive daginstitutioner",
    countNoun: "aktive daginstitutioner",
    filter: "lovgrundlag",
    showLaw: true,
  },
  institutionstype: {
    title: "Institutionstype",
    column: "instType3",
    intro: "Hvilken slags dagtilbud anvisningsenheden er: vuggestue, børnehave, aldersintegreret institution, dagpleje, klub og andre.",
    countLabel: "Aktive anvisningsenheder",
    countNoun: "aktive anvisningsenheder",
    filter: "type",
    showLaw: false,
  },
};
