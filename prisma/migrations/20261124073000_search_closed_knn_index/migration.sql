-- The search ranks closed records in their own branch. They are a few per cent of the register, so the planner
-- would scan the whole table for them. A small index of only the closed rows keeps that branch an index scan.
-- Partial indexes are not expressible in schema.prisma (the partialIndexes preview is off), so they live here only.

-- CreateIndex
CREATE INDEX "anvisningsenhed_soegetekst_closed_knn_idx" ON "anvisningsenhed" USING GIST ("soegetekst" gist_trgm_ops) WHERE "status" <> 'aktiv';

-- CreateIndex
CREATE INDEX "daginstitution_soegetekst_closed_knn_idx" ON "daginstitution" USING GIST ("soegetekst" gist_trgm_ops) WHERE "status" <> 'aktiv';

-- CreateIndex
CREATE INDEX "alternativ_adresse_soegetekst_closed_knn_idx" ON "alternativ_adresse" USING GIST ("soegetekst" gist_trgm_ops) WHERE "status" <> 'aktiv';
