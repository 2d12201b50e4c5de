import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { CODE_LIST_META } from "../_components/code-list-meta";
import { CodeListIntro } from "../_components/code-list-intro";
import { CodeListTable } from "../_components/code-list-table";
import { NOT_FOUND_METADATA } from "@/app/_lib/not-found-metadata";
import { SnapshotLine } from "@/components/record/snapshot-line";
import { getCodeLists, isCodeListName } from "@/lib/register/code-lists";
import { getLatestSnapshot } from "@/lib/register/snapshot";
import { notFoundPage } from "@/app/_lib/not-found-page";

type Props = { params: Promise<{ liste: string }> };

async function listName(params: Props["params"]) {
  const { liste } = await params;
  return isCodeListName(liste) ? liste : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = await listName(params);
  if (!name) return NOT_FOUND_METADATA;
  return { title: `Kodeliste: ${CODE_LIST_META[name].title}` };
}

export default async function CodeListPage({ params }: Props) {
  const name = await listName(params);
  if (!name) notFoundPage("/kodelister", (await params).liste);
  const meta = CODE_LIST_META[name];
  const [lists, snapshot] = await Promise.all([getCodeLists(), getLatestSnapshot()]);
  return (
    <>
      <nav aria-label="Brødkrumme" className="text-lg font-semibold">
        <PageLink href="/kodelister">Kodelister</PageLink>
      </nav>
      <h1 className="mt-1">{meta.title}</h1>
      <p className="mt-4 text-lg">
        {meta.intro} <span className="text-grey-700">Kolonnen {meta.column} i registrets udtræk.</span>
      </p>
      <CodeListIntro />
      <CodeListTable list={lists[name]} />
      <SnapshotLine latestSnapshotDato={snapshot?.snapshotDato ?? null} />
    </>
  );
}
