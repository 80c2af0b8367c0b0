-- CreateEnum
CREATE TYPE "WorkshopStatus" AS ENUM ('DRAFT', 'LIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "WorkshopBlockStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'REVEALED');

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityAgs" CHAR(8) NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "code" CHAR(6) NOT NULL,
    "presenterTokenHash" TEXT NOT NULL,
    "status" "WorkshopStatus" NOT NULL DEFAULT 'DRAFT',
    "codeExpiresAt" TIMESTAMP(3) NOT NULL,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopBlock" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "WorkshopBlockStatus" NOT NULL DEFAULT 'DRAFT',
    "config" JSONB NOT NULL,
    "paperCounts" JSONB,
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "roleLabel" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAnswer" (
    "id" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopIdea" (
    "id" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "participantId" TEXT,
    "text" TEXT NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "mergedIntoId" TEXT,
    "cluster" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopIdea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopModerationEntry" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopModerationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_code_key" ON "Workshop"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_presenterTokenHash_key" ON "Workshop"("presenterTokenHash");

-- CreateIndex
CREATE INDEX "Workshop_organisationId_date_idx" ON "Workshop"("organisationId", "date");

-- CreateIndex
CREATE INDEX "WorkshopBlock_workshopId_position_idx" ON "WorkshopBlock"("workshopId", "position");

-- CreateIndex
CREATE INDEX "WorkshopParticipant_workshopId_idx" ON "WorkshopParticipant"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopAnswer_blockId_participantId_key" ON "WorkshopAnswer"("blockId", "participantId");

-- CreateIndex
CREATE INDEX "WorkshopIdea_blockId_idx" ON "WorkshopIdea"("blockId");

-- CreateIndex
CREATE INDEX "WorkshopModerationEntry_workshopId_createdAt_idx" ON "WorkshopModerationEntry"("workshopId", "createdAt");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopBlock" ADD CONSTRAINT "WorkshopBlock_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAnswer" ADD CONSTRAINT "WorkshopAnswer_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "WorkshopBlock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAnswer" ADD CONSTRAINT "WorkshopAnswer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopIdea" ADD CONSTRAINT "WorkshopIdea_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "WorkshopBlock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopIdea" ADD CONSTRAINT "WorkshopIdea_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopIdea" ADD CONSTRAINT "WorkshopIdea_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "WorkshopIdea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopModerationEntry" ADD CONSTRAINT "WorkshopModerationEntry_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

