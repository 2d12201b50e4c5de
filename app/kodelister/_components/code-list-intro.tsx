import { UdledtNote } from "@/components/udledt-marker";

/** What the counts mean and what "Udledt" means; shown above the tables. */
export function CodeListIntro() {
  return (
    <div className="mt-4 space-y-3">
      <p className="text-lg">
        Registret gemmer ejerform, lovgrundlag og institutionstype som talkoder. Her er kodernes betydning og det
        antal aktive enheder, der bruger hver kode. Vælg et antal for at se enhederne.
      </p>
      <UdledtNote />
      <p className="text-sm text-grey-700">
        En kode markeret &quot;Ukendt kode&quot; bruges i registrets data, men står ikke i portalens kodeliste.
      </p>
    </div>
  );
}
