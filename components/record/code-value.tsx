import { PageLink } from "@/components/page-link";
import { UdledtMarker } from "@/components/udledt-marker";
import { CODE_LIST_PATHS } from "@/lib/links";
import { UNKNOWN_CODE_TEXT } from "@/components/record/texts";
import type { CodeLabel } from "@/lib/register/record-types";

type Props = { list: keyof typeof CODE_LIST_PATHS; code: CodeLabel | null; showLaw?: boolean };

/** A code with its label (linked to its row in the code list), legal reference and the "Udledt" marker. */
export function CodeValue({ list, code, showLaw = false }: Props) {
  if (code === null) return null;
  return (
    <>
      <span>
        {code.navn === null ? (
          UNKNOWN_CODE_TEXT
        ) : (
          <PageLink href={`${CODE_LIST_PATHS[list]}#${list}-kode-${code.kode}`}>{code.navn}</PageLink>
        )}{" "}
        <span className="text-grey-700">(kode {code.kode})</span>
        {code.udledt && <UdledtMarker />}
      </span>
      {showLaw && code.lovhenvisning && <span className="block text-grey-700">{code.lovhenvisning}</span>}
    </>
  );
}
