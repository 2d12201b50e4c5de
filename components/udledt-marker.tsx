export const UDLEDT_EXPLANATION =
  "Betegnelsen er portalens egen udledning af lovgivningen og registrets dokumentation, ikke en officiel kodeliste fra registret.";

/** Marks a code label the portal inferred; the reason is read out to screen readers and explained on the page. */
export function UdledtMarker() {
  return (
    <span className="ml-2 inline-block rounded-small border border-info bg-info-light px-1.5 text-xs font-semibold whitespace-nowrap text-ink">
      Udledt<span className="sr-only"> – {UDLEDT_EXPLANATION}</span>
    </span>
  );
}

/** The visible explanation of the marker, for pages that show one. */
export function UdledtNote({ className = "" }: { className?: string }) {
  return (
    <p className={`text-sm text-grey-700 ${className}`}>
      <span className="font-semibold text-ink">Udledt:</span> {UDLEDT_EXPLANATION}
    </p>
  );
}
