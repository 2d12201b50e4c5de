import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ApiListQuery } from "@/lib/params/api-list";
import { LIST_PARAM_SCHEMAS } from "@/lib/params/register-list";
import { AlternativAdresse, Anvisningsenhed, Dagtilbud, Daginstitution, DaginstitutionMedEnheder, Kodelister, Kommune, page, Problem } from "./schemas";

/** The OpenAPI 3.1 document of /api/v1, generated from the schemas that parse the requests and shape the answers. */
export function openApiDocument(serverUrl = "/") {
  const registry = new OpenAPIRegistry();
  const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
  const problems = {
    400: { description: "Ugyldige parametre", content: { "application/problem+json": { schema: Problem } } },
    429: { description: "For mange forespørgsler; se Retry-After", content: { "application/problem+json": { schema: Problem } } },
    503: { description: "Registret kan ikke læses lige nu", content: { "application/problem+json": { schema: Problem } } },
  };
  const notFound = { 404: { description: "Nummeret findes ikke", content: { "application/problem+json": { schema: Problem } } } };
  const listQuery = z.object(Object.fromEntries(Object.entries(LIST_PARAM_SCHEMAS).map(([key, schema]) => [key, (schema as z.ZodType).optional()])));
  const nummerParam = z.object({ nummer: z.string().openapi({ example: "G12345" }) });

  registry.registerPath({ method: "get", path: "/api/v1/dagtilbud", summary: "Alle dagtilbud (anvisningsenheder med daginstitution), filtreret, sorteret og sidedelt som portalens tabeller", description: "Dækker EksportServices GetAllDagtilbud og GetDagtilbudByAdmKommuneNummer (kommune=).", request: { query: listQuery }, responses: { 200: json(page(Dagtilbud, "DagtilbudSide"), "En side dagtilbud"), ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/daginstitutioner", summary: "Daginstitutioner; filtrér på navn og kommune", description: "GetAllDaginstitutioner, GetDaginstitutionByNavn.", request: { query: ApiListQuery }, responses: { 200: json(page(Daginstitution, "DaginstitutionSide"), "En side daginstitutioner"), ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/daginstitutioner/{nummer}", summary: "Én daginstitution med dens anvisningsenheder", description: "GetDaginstitutionByNummer, GetDagtilbudByDagInstitutionsNummer.", request: { params: nummerParam }, responses: { 200: json(DaginstitutionMedEnheder, "Daginstitutionen"), ...notFound, ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/anvisningsenheder", summary: "Anvisningsenheder; filtrér på navn, CVR, p-nummer, daginstitution og kommune", description: "GetAllAnvisningsEnheder, …ByNavn, …ByCvrnummer, …ByPnummer, …ByDaginstitutionsnummer.", request: { query: ApiListQuery }, responses: { 200: json(page(Anvisningsenhed, "AnvisningsenhedSide"), "En side anvisningsenheder"), ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/anvisningsenheder/{nummer}", summary: "Én anvisningsenhed", description: "GetAnvisningsEnhedByNummer.", request: { params: nummerParam }, responses: { 200: json(Anvisningsenhed, "Anvisningsenheden"), ...notFound, ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/alternative-adresser", summary: "Alternative adresser; filtrér på CVR, p-nummer, anvisningsenhed og kommune", description: "GetAllAlternativAdresser, …ByCvrnummer, …ByPnummer.", request: { query: ApiListQuery }, responses: { 200: json(page(AlternativAdresse, "AlternativAdresseSide"), "En side alternative adresser"), ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/alternative-adresser/{nummer}", summary: "Én alternativ adresse", request: { params: nummerParam }, responses: { 200: json(AlternativAdresse, "Den alternative adresse"), ...notFound, ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/kodelister", summary: "Kodelisterne ejerform, lovgrundlag og institutionstype", responses: { 200: json(Kodelister, "Kodelisterne"), ...problems } });
  registry.registerPath({ method: "get", path: "/api/v1/kommuner", summary: "De 98 kommuner med antal aktive daginstitutioner og anvisningsenheder", responses: { 200: json(z.object({ data: z.array(Kommune) }).openapi("Kommuner"), "Kommunerne"), ...problems } });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Dagtilbudsregisteret – offentligt API",
      version: "1.0.0",
      description: "Læseadgang til Dagtilbudsregisteret uden nøgle. Svar har ETag og Last-Modified knyttet til det seneste øjebliksbillede; fejl er application/problem+json; CORS er åben for GET.",
    },
    servers: [{ url: serverUrl }],
  });
}
