import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to another page of the portal: client-side navigation, but no prefetching of every link in view, which
 * would fetch each linked page's data on every page load.
 */
export function PageLink(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
