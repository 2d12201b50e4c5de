import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

extendZodWithOpenApi(z);

/** The JSON shapes of the public API (/api/v1). The OpenAPI document is generated from these same schemas. */
const nummer = z.string().regex(/^[A-Z]\d{5}$/).openapi({ example: "G12345", description: "Institutionsnummer: et bogstav og fem cifre" });
const dato = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).openapi({ example: "2026-11-20" });
const status = z.enum(["aktiv", "nedlagt"]);
const kode = (example: number) => z.number().int().nullable().openapi({ example });
const tekst = z.string().nullable();

export const Adresse = z
  .object({
    tekst: z.string().openapi({ example: "Åboulevard 12A, 1000 København K" }),
    vejNavn: tekst, husNummer: tekst, etage: tekst, doer: tekst, supplerendeBynavn: tekst, postNummer: tekst, byNavn: tekst,
    kommuneKode: kode(101), vejKode: kode(8), dawaId: tekst,
    geoBredde: z.number().nullable().openapi({ example: 55.676098 }), geoLaengde: z.number().nullable().openapi({ example: 12.568337 }),
  })
  .openapi("Adresse");

const historik = {
  status,
  aktivitetsstatus: tekst.openapi({ description: "Status som registret skrev den" }),
  senestOpdateret: z.string().nullable().openapi({ example: "2021-12-01T09:18:47.000Z", description: "Registrets senestOpdateret (UTC)" }),
  foersteSetDato: dato.openapi({ description: "Datoen for det første øjebliksbillede, portalen så rækken i" }),
  lukketDato: dato.nullable().openapi({ description: "Datoen portalen så rækken lukket" }),
};

export const Daginstitution = z
  .object({
    nummer, navn: z.string(),
    ejerformKode: kode(1), ejerform: tekst, lovgrundlagKode: kode(1), lovgrundlag: tekst, lovhenvisning: tekst,
    admKommuneKode: kode(101), admKommune: tekst,
    ...historik,
  })
  .openapi("Daginstitution");

export const Anvisningsenhed = z
  .object({
    nummer, navn: z.string(), daginstitutionsNummer: nummer.nullable(),
    instType3: kode(6012), institutionstype: tekst, adresse: Adresse,
    email: tekst, telefonNummer: tekst, cvrNummer: tekst.openapi({ example: "29188505" }), pNummer: tekst.openapi({ example: "1012345678" }),
    ...historik,
  })
  .openapi("Anvisningsenhed");

export const AlternativAdresse = z
  .object({ nummer, navn: tekst, anvisningsenhedsNummer: nummer.nullable(), adresse: Adresse, cvrNummer: tekst, pNummer: tekst, ...historik })
  .openapi("AlternativAdresse");

export const DaginstitutionMedEnheder = Daginstitution.extend({ anvisningsenheder: z.array(Anvisningsenhed) }).openapi("DaginstitutionMedEnheder");

export const Kode = z.object({ kode: z.number().int(), navn: z.string(), beskrivelse: tekst, lovhenvisning: tekst, udledt: z.boolean().openapi({ description: "Betegnelsen er portalens udledning, ikke en officiel kodeliste" }) }).openapi("Kode");
export const Kodelister = z.object({ ejerform: z.array(Kode), lovgrundlag: z.array(Kode), institutionstype: z.array(Kode) }).openapi("Kodelister");
export const Kommune = z.object({ kode: z.number().int(), navn: z.string(), regionKode: z.number().int(), regionNavn: z.string(), daginstitutioner: z.number().int(), anvisningsenheder: z.number().int() }).openapi("Kommune");

/** A row of /api/v1/dagtilbud: an anvisningsenhed with its daginstitution's codes, as the web tables show it. */
export const Dagtilbud = z
  .object({
    nummer, navn: z.string(), status: z.enum(["AKTIV", "NEDLAGT"]), daginstitutionsNummer: nummer.nullable(), daginstitutionNavn: tekst,
    typeKode: kode(6012), typeNavn: tekst, ejerformKode: kode(1), ejerformNavn: tekst, lovgrundlagKode: kode(1), lovgrundlagNavn: tekst,
    lovhenvisning: tekst, pNummer: tekst, cvrNummer: tekst, adresse: z.string(), kommuneKode: kode(101), kommuneNavn: tekst,
  })
  .openapi("Dagtilbud");

export function page<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      side: z.number().int().openapi({ example: 1 }),
      prSide: z.number().int().openapi({ example: 25 }),
      total: z.number().int().openapi({ description: "Antal rækker i hele resultatet" }),
      sider: z.number().int(),
    })
    .openapi(name);
}

export const Problem = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), parametre: z.array(z.object({ param: z.string(), besked: z.string() })).optional() })
  .openapi("Problem", { description: "RFC 9457 problem details (application/problem+json)" });

export type AnvisningsenhedJson = z.infer<typeof Anvisningsenhed>;
export type DaginstitutionJson = z.infer<typeof Daginstitution>;
export type AlternativAdresseJson = z.infer<typeof AlternativAdresse>;
export type AdresseJson = z.infer<typeof Adresse>;
