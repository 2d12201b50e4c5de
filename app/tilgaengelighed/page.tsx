import type { Metadata } from "next";
import { CONTACT_EMAIL, SITE_NAME } from "@/lib/site";

export const metadata: Metadata = { title: "Tilgængelighedserklæring" };

export default function AccessibilityStatementPage() {
  return (
    <article className="space-y-4">
      <h1>Tilgængelighedserklæring</h1>
      <p className="text-lg">
        Denne erklæring gælder for {SITE_NAME}: en uofficiel, åben portal, der viser oplysninger fra
        Dagtilbudsregisteret.
      </p>

      <h2 className="pt-4">Mål</h2>
      <p>
        Portalen skal overholde WCAG 2.1 på niveau AA, som er kravet til offentlige websteder i Danmark. Siderne kan
        bruges med tastatur alene, virker uden JavaScript og har en genvej til sidens indhold øverst.
      </p>

      <h2 className="pt-4">Hvordan vi afprøver</h2>
      <p>
        Hver sidetype afprøves automatisk med axe mod WCAG 2.1 A og AA, og betjening med tastatur afprøves i
        browseren. Automatiske test finder ikke alle problemer, og portalen er ikke gennemgået af en ekstern
        tilgængelighedsrevisor.
      </p>

      <h2 className="pt-4">Kendte begrænsninger</h2>
      <p>Vi kender ikke til konkrete problemer med tilgængeligheden på nuværende tidspunkt.</p>

      <h2 className="pt-4">Fandt du et problem?</h2>
      <p>
        Skriv til <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>, og beskriv siden og problemet. Vi svarer
        så hurtigt som muligt.
      </p>

      <p className="pt-4 text-sm text-grey-700">Erklæringen er udarbejdet 23. november 2026.</p>
    </article>
  );
}
