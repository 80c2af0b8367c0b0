-- The fuzzy step of the municipality search orders by trigram word distance (key <<-> "searchName") and takes the
-- nearest few: a GiST index answers that as a nearest-neighbour search (≈ 6 ms on PGlite), where the GIN index
-- needed a scan and sort of every candidate (≈ 30–100 ms). See lib/db/municipalities.ts.
DROP INDEX IF EXISTS "Municipality_searchName_trgm_idx";
CREATE INDEX "Municipality_searchName_trgm_gist_idx" ON "Municipality" USING GIST ("searchName" gist_trgm_ops);
