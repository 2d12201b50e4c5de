import { PageLink } from "@/components/page-link";
import { CODE_LIST_PATHS } from "@/lib/links";
import type { CodeList } from "@/lib/register/code-lists";
import { CODE_LIST_META } from "./code-list-meta";
import { CodeListTable } from "./code-list-table";

/** A code list on the overview page: heading linking to the list's own page, intro and table. */
export function CodeListSection({ list }: { list: CodeList }) {
  const meta = CODE_LIST_META[list.name];
  const headingId = `liste-${list.name}`;
  return (
    <section aria-labelledby={headingId} className="mt-12">
      <h2 id={headingId}>
        <PageLink href={CODE_LIST_PATHS[list.name]}>{meta.title}</PageLink>
      </h2>
      <p className="mt-2">
        {meta.intro} <span className="text-grey-700">Kolonnen {meta.column} i registrets udtræk.</span>
      </p>
      <CodeListTable list={list} />
    </section>
  );
}
