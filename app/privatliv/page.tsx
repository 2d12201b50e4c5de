import type { Metadata } from "next";
import { CONTACT_EMAIL, SITE_NAME } from "@/lib/site";

export const metadata: Metadata = { title: "Privatlivspolitik (cookies)" };

export default function PrivacyPage() {
  return (
    <article className="space-y-4">
      <h1>Privatlivspolitik (cookies)</h1>
      <p className="text-lg">
        {SITE_NAME} er en åben portal, som alle kan bruge uden at logge ind. Her kan du læse, hvilke oplysninger
        portalen bruger.
      </p>

      <h2 className="pt-4">Cookies</h2>
      <p>
        Portalen sætter ingen cookies og bruger ingen statistik- eller sporingsværktøjer. Derfor beder vi heller ikke
        om dit samtykke.
      </p>

      <h2 className="pt-4">Oplysninger på portalen</h2>
      <p>
        Portalen viser kun oplysninger om institutioner fra Dagtilbudsregisteret: navne, institutionsnumre,
        adresser og offentlige kontaktoplysninger. Der vises ingen personoplysninger. Dagplejere er ikke registreret
        enkeltvis i registret, så de enkelte dagplejehjem fremgår ikke.
      </p>

      <h2 className="pt-4">Kontakt</h2>
      <p>
        Har du spørgsmål, eller mener du, at portalen viser noget, den ikke burde, så skriv til{" "}
        <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>.
      </p>
    </article>
  );
}
