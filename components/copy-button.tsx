"use client";

import { useRef, useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** True once the page is hydrated, false on the server and without JavaScript. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * A button that copies `value` to the clipboard and announces the result in a polite live region.
 * It is visible only after hydration: without JavaScript the number stays as plain, selectable text.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  async function copy() {
    clearTimeout(timer.current);
    setMessage("");
    try {
      await navigator.clipboard.writeText(value);
      setMessage("Kopieret");
    } catch {
      setMessage("Kunne ikke kopiere. Markér nummeret, og kopiér det selv.");
    }
    timer.current = setTimeout(() => setMessage(""), 5000);
  }

  return (
    <span className="inline-flex items-center gap-3">
      {/* Rendered hidden until hydration, so that its space is kept and nothing moves when it appears. */}
      <button
        type="button"
        onClick={copy}
        className={`rounded-control border-2 border-primary bg-white px-3 py-1 text-sm font-semibold text-primary hover:bg-grey-100 ${hydrated ? "" : "invisible"}`}
      >
        Kopiér <span className="sr-only">{label}</span>
      </button>
      <span aria-live="polite" role="status" className="text-sm font-semibold">
        {message}
      </span>
    </span>
  );
}
