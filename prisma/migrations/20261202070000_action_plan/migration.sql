-- Action plan (issue 15): plan per organisation and town, its items and their status history.
-- CreateEnum
CREATE TYPE "ActionPlanItemStatus" AS ENUM ('geplant', 'in_arbeit', 'erledigt', 'zurueckgestellt', 'verworfen');

-- CreateEnum
CREATE TYPE "ActionPlanItemSource" AS ENUM ('catalogue', 'engine', 'workshop', 'own');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityAgs" CHAR(8) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addressesFactor" TEXT,
    "addressesGap" TEXT,
    "modelId" TEXT,
    "ownerMembershipId" TEXT,
    "ownerText" TEXT,
    "startDate" DATE,
    "dueDate" DATE,
    "status" "ActionPlanItemStatus" NOT NULL DEFAULT 'geplant',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "estimatedCostEuro" INTEGER,
    "fundingProgrammeIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "source" "ActionPlanItemSource" NOT NULL DEFAULT 'own',
    "sourceRef" TEXT,
    "citation" JSONB,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanItemStatusChange" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "status" "ActionPlanItemStatus" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,

    CONSTRAINT "ActionPlanItemStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_organisationId_municipalityAgs_key" ON "ActionPlan"("organisationId", "municipalityAgs");

-- CreateIndex
CREATE INDEX "ActionPlanItem_planId_position_idx" ON "ActionPlanItem"("planId", "position");

-- CreateIndex
CREATE INDEX "ActionPlanItemStatusChange_itemId_changedAt_idx" ON "ActionPlanItemStatusChange"("itemId", "changedAt");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_municipalityAgs_fkey" FOREIGN KEY ("municipalityAgs") REFERENCES "Municipality"("ags") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanItem" ADD CONSTRAINT "ActionPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanItemStatusChange" ADD CONSTRAINT "ActionPlanItemStatusChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ActionPlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

