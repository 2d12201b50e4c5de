-- Trigram search on names and addresses
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "status" AS ENUM ('aktiv', 'nedlagt');

-- CreateEnum
CREATE TYPE "niveau" AS ENUM ('daginstitution', 'anvisningsenhed', 'alternativ_adresse');

-- CreateEnum
CREATE TYPE "alvorlighed" AS ENUM ('fejl', 'advarsel', 'info');

-- CreateTable
CREATE TABLE "region" (
    "kode" INTEGER NOT NULL,
    "navn" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("kode")
);

-- CreateTable
CREATE TABLE "kommune" (
    "kode" INTEGER NOT NULL,
    "navn" TEXT NOT NULL,
    "region_kode" INTEGER NOT NULL,

    CONSTRAINT "kommune_pkey" PRIMARY KEY ("kode")
);

-- CreateTable
CREATE TABLE "postnummer" (
    "nummer" VARCHAR(4) NOT NULL,
    "bynavn" TEXT NOT NULL,

    CONSTRAINT "postnummer_pkey" PRIMARY KEY ("nummer")
);

-- CreateTable
CREATE TABLE "ejerform" (
    "kode" INTEGER NOT NULL,
    "navn" TEXT NOT NULL,
    "beskrivelse" TEXT,
    "lovhenvisning" TEXT,
    "udledt" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ejerform_pkey" PRIMARY KEY ("kode")
);

-- CreateTable
CREATE TABLE "lovgrundlag" (
    "kode" INTEGER NOT NULL,
    "navn" TEXT NOT NULL,
    "beskrivelse" TEXT,
    "lovhenvisning" TEXT NOT NULL,
    "udledt" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "lovgrundlag_pkey" PRIMARY KEY ("kode")
);

-- CreateTable
CREATE TABLE "institutionstype" (
    "kode" INTEGER NOT NULL,
    "navn" TEXT NOT NULL,
    "beskrivelse" TEXT,
    "udledt" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "institutionstype_pkey" PRIMARY KEY ("kode")
);

-- CreateTable
CREATE TABLE "snapshot" (
    "id" SERIAL NOT NULL,
    "snapshot_dato" DATE NOT NULL,
    "importeret_tid" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kilde" TEXT NOT NULL,
    "filer" JSONB NOT NULL,
    "niveauer" "niveau"[],
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "indsat" INTEGER NOT NULL,
    "opdateret" INTEGER NOT NULL,
    "lukket" INTEGER NOT NULL,
    "genaabnet" INTEGER NOT NULL,
    "uaendret" INTEGER NOT NULL,
    "fund" INTEGER NOT NULL,
    "varighed_ms" INTEGER NOT NULL,

    CONSTRAINT "snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_fund" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "niveau" "niveau",
    "nummer" VARCHAR(6),
    "regel" TEXT NOT NULL,
    "alvorlighed" "alvorlighed" NOT NULL,
    "besked" TEXT NOT NULL,
    "fil" TEXT NOT NULL,
    "linje" INTEGER,
    "kolonne" TEXT,
    "vaerdi" TEXT,

    CONSTRAINT "import_fund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daginstitution" (
    "nummer" VARCHAR(6) NOT NULL,
    "navn" TEXT NOT NULL,
    "ejerform_kode" INTEGER,
    "lovgrundlag_kode" INTEGER,
    "adm_kommune_kode" INTEGER,
    "senest_opdateret" TIMESTAMPTZ(0),
    "aktivitetsstatus" TEXT,
    "status" "status" NOT NULL DEFAULT 'aktiv',
    "foerste_set_dato" DATE NOT NULL,
    "lukket_dato" DATE,
    "snapshot_id" INTEGER NOT NULL,

    CONSTRAINT "daginstitution_pkey" PRIMARY KEY ("nummer")
);

-- CreateTable
CREATE TABLE "anvisningsenhed" (
    "nummer" VARCHAR(6) NOT NULL,
    "navn" TEXT NOT NULL,
    "daginstitutions_nummer" VARCHAR(6),
    "dawa_id" TEXT,
    "vej_navn" TEXT,
    "hus_nummer" TEXT,
    "etage" TEXT,
    "doer" TEXT,
    "supplerende_bynavn" TEXT,
    "post_nummer" TEXT,
    "by_navn" TEXT,
    "kommune_kode" INTEGER,
    "vej_kode" INTEGER,
    "adresse" TEXT NOT NULL,
    "geo_bredde" DOUBLE PRECISION,
    "geo_laengde" DOUBLE PRECISION,
    "inst_type3" INTEGER,
    "email" TEXT,
    "telefon_nummer" TEXT,
    "cvr_nummer" TEXT,
    "p_nummer" TEXT,
    "senest_opdateret" TIMESTAMPTZ(0),
    "aktivitetsstatus" TEXT,
    "status" "status" NOT NULL DEFAULT 'aktiv',
    "foerste_set_dato" DATE NOT NULL,
    "lukket_dato" DATE,
    "snapshot_id" INTEGER NOT NULL,

    CONSTRAINT "anvisningsenhed_pkey" PRIMARY KEY ("nummer")
);

-- CreateTable
CREATE TABLE "alternativ_adresse" (
    "nummer" VARCHAR(6) NOT NULL,
    "navn" TEXT,
    "anvisningsenheds_nummer" VARCHAR(6),
    "dawa_id" TEXT,
    "vej_navn" TEXT,
    "hus_nummer" TEXT,
    "etage" TEXT,
    "doer" TEXT,
    "supplerende_bynavn" TEXT,
    "post_nummer" TEXT,
    "by_navn" TEXT,
    "kommune_kode" INTEGER,
    "vej_kode" INTEGER,
    "adresse" TEXT NOT NULL,
    "geo_bredde" DOUBLE PRECISION,
    "geo_laengde" DOUBLE PRECISION,
    "cvr_nummer" TEXT,
    "p_nummer" TEXT,
    "senest_opdateret" TIMESTAMPTZ(0),
    "aktivitetsstatus" TEXT,
    "status" "status" NOT NULL DEFAULT 'aktiv',
    "foerste_set_dato" DATE NOT NULL,
    "lukket_dato" DATE,
    "snapshot_id" INTEGER NOT NULL,

    CONSTRAINT "alternativ_adresse_pkey" PRIMARY KEY ("nummer")
);

-- CreateIndex
CREATE INDEX "kommune_region_kode_idx" ON "kommune"("region_kode");

-- CreateIndex
CREATE INDEX "import_fund_snapshot_id_regel_idx" ON "import_fund"("snapshot_id", "regel");

-- CreateIndex
CREATE INDEX "import_fund_nummer_idx" ON "import_fund"("nummer");

-- CreateIndex
CREATE INDEX "daginstitution_adm_kommune_kode_status_idx" ON "daginstitution"("adm_kommune_kode", "status");

-- CreateIndex
CREATE INDEX "daginstitution_ejerform_kode_idx" ON "daginstitution"("ejerform_kode");

-- CreateIndex
CREATE INDEX "daginstitution_lovgrundlag_kode_idx" ON "daginstitution"("lovgrundlag_kode");

-- CreateIndex
CREATE INDEX "daginstitution_navn_trgm_idx" ON "daginstitution" USING GIN ("navn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "anvisningsenhed_daginstitutions_nummer_idx" ON "anvisningsenhed"("daginstitutions_nummer");

-- CreateIndex
CREATE INDEX "anvisningsenhed_kommune_kode_status_idx" ON "anvisningsenhed"("kommune_kode", "status");

-- CreateIndex
CREATE INDEX "anvisningsenhed_cvr_nummer_idx" ON "anvisningsenhed"("cvr_nummer");

-- CreateIndex
CREATE INDEX "anvisningsenhed_p_nummer_idx" ON "anvisningsenhed"("p_nummer");

-- CreateIndex
CREATE INDEX "anvisningsenhed_post_nummer_idx" ON "anvisningsenhed"("post_nummer");

-- CreateIndex
CREATE INDEX "anvisningsenhed_inst_type3_idx" ON "anvisningsenhed"("inst_type3");

-- CreateIndex
CREATE INDEX "anvisningsenhed_navn_trgm_idx" ON "anvisningsenhed" USING GIN ("navn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "anvisningsenhed_adresse_trgm_idx" ON "anvisningsenhed" USING GIN ("adresse" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "alternativ_adresse_anvisningsenheds_nummer_idx" ON "alternativ_adresse"("anvisningsenheds_nummer");

-- CreateIndex
CREATE INDEX "alternativ_adresse_kommune_kode_status_idx" ON "alternativ_adresse"("kommune_kode", "status");

-- CreateIndex
CREATE INDEX "alternativ_adresse_cvr_nummer_idx" ON "alternativ_adresse"("cvr_nummer");

-- CreateIndex
CREATE INDEX "alternativ_adresse_p_nummer_idx" ON "alternativ_adresse"("p_nummer");

-- CreateIndex
CREATE INDEX "alternativ_adresse_navn_trgm_idx" ON "alternativ_adresse" USING GIN ("navn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "alternativ_adresse_adresse_trgm_idx" ON "alternativ_adresse" USING GIN ("adresse" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "kommune" ADD CONSTRAINT "kommune_region_kode_fkey" FOREIGN KEY ("region_kode") REFERENCES "region"("kode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_fund" ADD CONSTRAINT "import_fund_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daginstitution" ADD CONSTRAINT "daginstitution_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "anvisningsenhed" ADD CONSTRAINT "anvisningsenhed_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alternativ_adresse" ADD CONSTRAINT "alternativ_adresse_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
