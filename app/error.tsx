"use client";

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1>Der opstod en fejl</h1>
      <p className="text-lg">Siden kunne ikke vises lige nu. Prøv igen om lidt.</p>
      <button
        type="button"
        onClick={() => retry()}
        className="rounded-control bg-primary px-6 py-2 font-semibold text-white hover:bg-grey-900"
      >
        Prøv igen
      </button>
    </div>
  );
}
