import type { Metadata } from "next";
import { RegisterListView } from "@/components/register-table/register-list-view";
import { parseRegisterList } from "@/lib/params/register-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alle dagtilbud" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BrowsePage({ searchParams }: Props) {
  const parsed = parseRegisterList(await searchParams);
  return (
    <>
      <h1>Alle dagtilbud</h1>
      <p className="mt-2 max-w-text text-lg">
        Alle anvisningsenheder i registret med deres daginstitution. Filtrér på region, kommune, type, ejerform og
        lovgrundlag; tallet ved hvert valg er antallet af enheder, valget giver.
      </p>
      <div className="mt-6">
        <RegisterListView parsed={parsed} basePath="/dagtilbud" filters={["region", "kommune", "type", "ejerform", "lovgrundlag"]} caption="Anvisningsenheder i hele registret" />
      </div>
    </>
  );
}
