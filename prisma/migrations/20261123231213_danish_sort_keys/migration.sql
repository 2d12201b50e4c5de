-- AlterTable
ALTER TABLE "alternativ_adresse" ADD COLUMN     "sorteringsnavn" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "anvisningsenhed" ADD COLUMN     "sorteringsadresse" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sorteringsnavn" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "daginstitution" ADD COLUMN     "sorteringsnavn" TEXT NOT NULL DEFAULT '';
