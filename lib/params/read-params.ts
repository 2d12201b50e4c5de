import type { z } from "zod";

export type ParamError = { param: string; value: string; message: string };
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;
type Schemas = Record<string, z.ZodType>;
export type ParamValues<S extends Schemas> = { [K in keyof S]?: z.output<S[K]> };

/** Every parameter with all its values, from a URL or from Next's searchParams object. */
export function paramPairs(input: SearchParamsInput): [string, string[]][] {
  return input instanceof URLSearchParams
    ? [...new Set(input.keys())].map((key) => [key, input.getAll(key)])
    : Object.entries(input).map(([key, value]) => [key, value === undefined ? [] : Array.isArray(value) ? value : [value]]);
}

/**
 * Reads the parameters a page knows with their schemas. Unknown parameters are ignored; an empty value means "not
 * set" (as plain GET forms send it); a repeated or invalid one becomes an error naming it, never an exception.
 */
export function readParams<S extends Schemas>(pairs: [string, string[]][], schemas: S): { values: ParamValues<S>; errors: ParamError[] } {
  const values: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const [param, all] of pairs) {
    if (!Object.hasOwn(schemas, param)) continue;
    const present = all.filter((value) => value !== "");
    if (present.length === 0) continue;
    if (present.length > 1) {
      errors.push({ param, value: present.join(", ").slice(0, 80), message: "er angivet flere gange" });
      continue;
    }
    const result = schemas[param].safeParse(present[0]);
    if (!result.success) {
      errors.push({ param, value: present[0].slice(0, 80), message: result.error.issues[0]?.message ?? "er ugyldig" });
      continue;
    }
    values[param] = result.data;
  }
  return { values: values as ParamValues<S>, errors };
}

/** The errors as plain Danish sentences, one a line (the body of a 400 for a download address). */
export function paramErrorText(errors: ParamError[]): string {
  return errors.map((e) => `Parameteren ${e.param} ${e.message} (fik "${e.value}").`).join("\n");
}
