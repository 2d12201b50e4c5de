import type { ReactNode } from "react";

/** A definition list of a record's fields, one row per field. */
export function FieldList({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <dl className={`mt-4 border-t border-grey-300 ${className}`}>{children}</dl>;
}

type FieldProps = {
  label: string;
  /** Null, undefined or "" shows "Ikke oplyst"; pass `hideEmpty` to leave the row out instead. */
  children?: ReactNode;
  hideEmpty?: boolean;
};

export function Field({ label, children, hideEmpty = false }: FieldProps) {
  const empty = children === null || children === undefined || children === "" || children === false;
  if (empty && hideEmpty) return null;
  return (
    <div className="grid gap-x-6 gap-y-1 border-b border-grey-300 py-3 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd className="min-w-0 break-words">{empty ? <span className="text-grey-700">Ikke oplyst</span> : children}</dd>
    </div>
  );
}
