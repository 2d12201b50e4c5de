-- AlterTable
ALTER TABLE "alternativ_adresse" ADD COLUMN     "soegetekst" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "anvisningsenhed" ADD COLUMN     "soegetekst" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "daginstitution" ADD COLUMN     "soegetekst" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "alternativ_adresse_soegetekst_trgm_idx" ON "alternativ_adresse" USING GIN ("soegetekst" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "anvisningsenhed_soegetekst_trgm_idx" ON "anvisningsenhed" USING GIN ("soegetekst" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "daginstitution_soegetekst_trgm_idx" ON "daginstitution" USING GIN ("soegetekst" gin_trgm_ops);
