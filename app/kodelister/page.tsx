import type { Metadata } from "next";
import { CodeListIntro } from "./_components/code-list-intro";
import { CodeListSection } from "./_components/code-list-section";
import { SnapshotLine } from "@/components/record/snapshot-line";
import { CODE_LIST_NAMES, getCodeLists } from "@/lib/register/code-lists";
import { getLatestSnapshot } from "@/lib/register/snapshot";

export const metadata: Metadata = { title: "Kodelister" };

export default async function CodeListsPage() {
  const [lists, snapshot] = await Promise.all([getCodeLists(), getLatestSnapshot()]);
  return (
    <>
      <h1>Kodelister</h1>
      <CodeListIntro />
      {CODE_LIST_NAMES.map((name) => (
        <CodeListSection key={name} list={lists[name]} />
      ))}
      <SnapshotLine latestSnapshotDato={snapshot?.snapshotDato ?? null} />
    </>
  );
}
