-- County view (issue 17): planning areas of a county organisation and their towns.
-- CreateTable
CREATE TABLE "PlanningArea" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kvVersorgungsgrad" DOUBLE PRECISION,
    "kvPublishedAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanningArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningAreaTown" (
    "areaId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityAgs" CHAR(8) NOT NULL,

    CONSTRAINT "PlanningAreaTown_pkey" PRIMARY KEY ("areaId","municipalityAgs")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanningArea_organisationId_name_key" ON "PlanningArea"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PlanningAreaTown_organisationId_municipalityAgs_key" ON "PlanningAreaTown"("organisationId", "municipalityAgs");

-- AddForeignKey
ALTER TABLE "PlanningArea" ADD CONSTRAINT "PlanningArea_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningAreaTown" ADD CONSTRAINT "PlanningAreaTown_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "PlanningArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;
