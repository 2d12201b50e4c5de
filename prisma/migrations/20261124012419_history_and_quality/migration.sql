-- CreateEnum
CREATE TYPE "aendringsart" AS ENUM ('oprettet', 'nedlagt', 'genaabnet', 'flyttet', 'aendret');

-- AlterTable
ALTER TABLE "postnummer" ADD COLUMN     "kommune_koder" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "aendring" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "snapshot_dato" DATE NOT NULL,
    "niveau" "niveau" NOT NULL,
    "nummer" VARCHAR(6) NOT NULL,
    "navn" TEXT NOT NULL,
    "kommune_kode" INTEGER,
    "art" "aendringsart" NOT NULL,
    "felt" TEXT,
    "foer" TEXT,
    "efter" TEXT,

    CONSTRAINT "aendring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kvalitetsfund" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "regel" TEXT NOT NULL,
    "alvorlighed" "alvorlighed" NOT NULL,
    "niveau" "niveau",
    "nummer" VARCHAR(6),
    "navn" TEXT,
    "kommune_kode" INTEGER,
    "besked" TEXT NOT NULL,
    "vaerdi" TEXT,
    "import_fund_id" INTEGER,

    CONSTRAINT "kvalitetsfund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "aendring_niveau_nummer_idx" ON "aendring"("niveau", "nummer");

-- CreateIndex
CREATE INDEX "aendring_snapshot_dato_id_idx" ON "aendring"("snapshot_dato" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "aendring_kommune_kode_snapshot_dato_idx" ON "aendring"("kommune_kode", "snapshot_dato" DESC);

-- CreateIndex
CREATE INDEX "kvalitetsfund_regel_idx" ON "kvalitetsfund"("regel");

-- CreateIndex
CREATE INDEX "kvalitetsfund_niveau_nummer_idx" ON "kvalitetsfund"("niveau", "nummer");

-- CreateIndex
CREATE INDEX "kvalitetsfund_kommune_kode_regel_idx" ON "kvalitetsfund"("kommune_kode", "regel");

-- AddForeignKey
ALTER TABLE "aendring" ADD CONSTRAINT "aendring_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kvalitetsfund" ADD CONSTRAINT "kvalitetsfund_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
