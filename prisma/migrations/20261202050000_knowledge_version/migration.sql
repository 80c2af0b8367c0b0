-- Scenarios record the knowledge snapshot version their defaults came from (issue 13).
ALTER TABLE "Scenario" ADD COLUMN "knowledgeVersion" TEXT;
