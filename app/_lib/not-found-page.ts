import { redirect } from "next/navigation";

const MAX_SEGMENT = 100;

/**
 * Answers an unknown record, kommune or code list. Next 16 sends `notFound()` from a dynamic page as an empty shell
 * that only JavaScript fills in (vercel/next.js#62228), while an address that matches no route gets the 404 page
 * rendered on the server. So an unknown address is sent to such an address below itself: `<base>/<segment>/findes-ikke`.
 */
export function notFoundPage(base: string, segment: string): never {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape stays as it came.
  }
  // Only the start: the whole of an overlong address, encoded, would make a redirect header no proxy passes on.
  const start = [...decoded].slice(0, MAX_SEGMENT).join("");
  redirect(`${base}/${encodeURIComponent(start)}/findes-ikke`);
}
