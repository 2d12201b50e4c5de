-- CreateIndex
CREATE INDEX "alternativ_adresse_soegetekst_knn_idx" ON "alternativ_adresse" USING GIST ("soegetekst" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "anvisningsenhed_soegetekst_knn_idx" ON "anvisningsenhed" USING GIST ("soegetekst" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "daginstitution_soegetekst_knn_idx" ON "daginstitution" USING GIST ("soegetekst" gist_trgm_ops);
