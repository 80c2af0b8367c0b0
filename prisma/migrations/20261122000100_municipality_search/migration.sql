-- Type-ahead search over municipality names that forgives umlauts and spelling (lib/search/normalize.ts
-- writes "searchName"; pg_trgm ranks near misses). PGlite loads pg_trgm as a bundled extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Municipality_searchName_trgm_idx" ON "Municipality" USING GIN ("searchName" gin_trgm_ops);
CREATE INDEX "Municipality_searchName_prefix_idx" ON "Municipality" ("searchName" text_pattern_ops);
CREATE INDEX "Municipality_ags_prefix_idx" ON "Municipality" ("ags" bpchar_pattern_ops);
