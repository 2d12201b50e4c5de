import { formatCalendarDate } from "@/lib/format/danish";

type Props = { subject: string; lukketDato: Date | null };

/** A plain statement at the top of a closed record's page. */
export function ClosedNotice({ subject, lukketDato }: Props) {
  return (
    <div role="note" className="mt-6 rounded-small border-l-8 border-error bg-error-light px-4 py-3">
      <p>
        <strong>Nedlagt: {subject} er lukket.</strong>{" "}
        {lukketDato
          ? `Portalen registrerede lukningen i øjebliksbilledet af ${formatCalendarDate(lukketDato)}.`
          : "Portalen kender ikke datoen for lukningen."}{" "}
        Oplysningerne herunder er de sidst kendte, og nummeret bliver ikke brugt igen.
      </p>
    </div>
  );
}
