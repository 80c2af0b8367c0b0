-- Curating the knowledge (issue 13): the platform operator adds new versions of rule parameters and funding
-- programmes (append-only; the seeded knowledge snapshot stays as it is and the versions are laid over it), and a
-- county stores its KV's published Verhältniszahl and source per planning area.
-- CreateTable
CREATE TABLE "CuratedVersion" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "data" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CuratedVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CuratedVersion_kind_check" CHECK ("kind" IN ('rule-parameter', 'funding-programme')),
    CONSTRAINT "CuratedVersion_sequence_check" CHECK ("sequence" >= 1)
);

-- CreateIndex: one version per number and subject (two racing additions: one wins, the other gets a 409)
CREATE UNIQUE INDEX "CuratedVersion_kind_subject_sequence_key" ON "CuratedVersion"("kind", "subject", "sequence");

-- AlterTable: the KV's published figures of a planning area with their source
ALTER TABLE "PlanningArea" ADD COLUMN "kvVerhaeltniszahl" DOUBLE PRECISION;
ALTER TABLE "PlanningArea" ADD COLUMN "kvSource" TEXT;
