import { MATRIX_HREF } from "@/lib/quality/rules";

export const UDLEDT_RULE_EXPLANATION =
  "Reglen bygger på portalens egen læsning af lovgivningen, ikke på registrets officielle krydsvalideringstabel, som ikke er fundet.";

/** Marks a rule that rests on the inferred cross-validation matrix, and links to the matrix and its source text. */
export function UdledtRuleMarker() {
  return (
    <a
      href={MATRIX_HREF}
      className="ml-2 inline-block rounded-small border border-info bg-info-light px-1.5 text-xs font-semibold whitespace-nowrap text-ink visited:text-ink"
    >
      Udledt<span className="sr-only"> regel – {UDLEDT_RULE_EXPLANATION} Se tabellen.</span>
    </a>
  );
}
