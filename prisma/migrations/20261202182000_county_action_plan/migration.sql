-- The county's own measures plan (issue 17): an action plan belongs to a town (municipalityAgs) or, for a county
-- organisation, to its Kreis (kreisKey) — exactly one of the two. One plan per organisation and town, and one per
-- organisation and Kreis.
ALTER TABLE "ActionPlan" ALTER COLUMN "municipalityAgs" DROP NOT NULL;
ALTER TABLE "ActionPlan" ADD COLUMN "kreisKey" CHAR(5);
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_kreisKey_fkey" FOREIGN KEY ("kreisKey") REFERENCES "Kreis"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_scope_check" CHECK (("municipalityAgs" IS NULL) <> ("kreisKey" IS NULL));
CREATE UNIQUE INDEX "ActionPlan_organisationId_kreisKey_key" ON "ActionPlan"("organisationId", "kreisKey");
