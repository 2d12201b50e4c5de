import type { ParamError } from "@/lib/params/register-list";

/** Shown instead of a list when its URL has parameters the portal cannot read: says which, and how to go on. */
export function ParamErrors({ errors, resetHref }: { errors: ParamError[]; resetHref: string }) {
  return (
    <div role="alert" className="mt-6 rounded-small border-l-8 border-error bg-error-light px-4 py-3">
      <h2 className="text-xl">Adressen indeholder ugyldige parametre</h2>
      <ul className="mt-2 list-disc pl-6">
        {errors.map((error) => (
          <li key={error.param}>
            <code>{error.param}</code> = “{error.value}” {error.message}.
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <a href={resetHref}>Vis listen uden filtre</a>
      </p>
    </div>
  );
}
