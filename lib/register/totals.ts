import "server-only";
import { perSnapshot } from "./snapshot-cache";
import { serverPrisma } from "@/lib/db/server";

export type RegisterTotals = {
  anvisningsenheder: number;
  daginstitutioner: number;
  kommuner: number;
  alternativeAdresser: number;
};

/** Active rows per level, and the number of kommuner that administer at least one active daginstitution. */
export const getRegisterTotals = perSnapshot("getRegisterTotals", async (): Promise<RegisterTotals> => {
  const prisma = await serverPrisma();
  const active = { status: "AKTIV" } as const;
  const [anvisningsenheder, daginstitutioner, kommuneGroups, alternativeAdresser] = await Promise.all([
    prisma.anvisningsenhed.count({ where: active }),
    prisma.daginstitution.count({ where: active }),
    prisma.daginstitution.groupBy({
      by: ["admKommuneKode"],
      where: { ...active, admKommuneKode: { not: null } },
    }),
    prisma.alternativAdresse.count({ where: active }),
  ]);
  return { anvisningsenheder, daginstitutioner, kommuner: kommuneGroups.length, alternativeAdresser };
});
