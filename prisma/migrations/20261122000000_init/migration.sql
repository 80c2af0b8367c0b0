-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('TOWN', 'COUNTY');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('GP_PRACTICE', 'SPECIALIST_PRACTICE', 'PHARMACY', 'NURSING_SERVICE', 'THERAPY_PRACTICE');

-- CreateEnum
CREATE TYPE "SuccessorStatus" AS ENUM ('NONE', 'SEARCHING', 'FOUND');

-- CreateEnum
CREATE TYPE "LicenceKind" AS ENUM ('FULL', 'THREE_QUARTER', 'HALF', 'EMPLOYED');

-- CreateEnum
CREATE TYPE "FactorKind" AS ENUM ('SUCCESS', 'RISK');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'COMPLETED');

-- CreateTable
CREATE TABLE "Land" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "referenceDate" DATE NOT NULL,

    CONSTRAINT "Land_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Kreis" (
    "key" CHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "typeCode" INTEGER NOT NULL,
    "landCode" CHAR(2) NOT NULL,
    "referenceDate" DATE NOT NULL,

    CONSTRAINT "Kreis_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Gemeindeverband" (
    "key" CHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "typeCode" INTEGER NOT NULL,
    "kreisKey" CHAR(5),
    "referenceDate" DATE NOT NULL,

    CONSTRAINT "Gemeindeverband_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "ags" CHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "typeCode" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "populationMale" INTEGER NOT NULL,
    "areaHectares" INTEGER NOT NULL,
    "postcode" CHAR(5),
    "hasSeveralPostcodes" BOOLEAN NOT NULL DEFAULT false,
    "referenceDate" DATE NOT NULL,
    "landCode" CHAR(2) NOT NULL,
    "kreisKey" CHAR(5),
    "verbandKey" CHAR(9) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("ags")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "municipalityAgs" CHAR(8),
    "kreisKey" CHAR(5),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityAgs" CHAR(8) NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT,
    "postcode" CHAR(5),
    "city" TEXT,
    "successorStatus" "SuccessorStatus" NOT NULL DEFAULT 'NONE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Doctor" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "label" TEXT,
    "birthYear" INTEGER,
    "licence" "LicenceKind" NOT NULL,
    "weeklyHours" DOUBLE PRECISION,
    "plannedExitYear" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Doctor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("file")
);

-- CreateTable
CREATE TABLE "GovernanceModel" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "carrier" BOOLEAN NOT NULL,
    "data" JSONB NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "GovernanceModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Factor" (
    "slug" TEXT NOT NULL,
    "kind" "FactorKind" NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "Factor_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Measure" (
    "slug" TEXT NOT NULL,
    "catalogue" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sectors" TEXT[],
    "tags" TEXT[],
    "position" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "CaseStudy" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "municipalityAgs" CHAR(8),
    "kreisKey" CHAR(5),
    "data" JSONB NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "MunicipalRole" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "MunicipalRole_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceFile" TEXT,
    "section" TEXT,
    "quote" TEXT,
    "rule" TEXT,
    "note" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleParameter" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "citation" JSONB NOT NULL,

    CONSTRAINT "RuleParameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingProgramme" (
    "id" TEXT NOT NULL,
    "landCode" CHAR(2),
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,
    "version" TEXT NOT NULL,

    CONSTRAINT "FundingProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "version" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" JSONB NOT NULL,

    CONSTRAINT "SeedState_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityAgs" CHAR(8) NOT NULL,
    "answers" JSONB NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "ruleSetVersion" TEXT,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityAgs" CHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "assumptions" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Kreis_landCode_idx" ON "Kreis"("landCode");

-- CreateIndex
CREATE INDEX "Gemeindeverband_kreisKey_idx" ON "Gemeindeverband"("kreisKey");

-- CreateIndex
CREATE INDEX "Municipality_kreisKey_idx" ON "Municipality"("kreisKey");

-- CreateIndex
CREATE INDEX "Municipality_postcode_idx" ON "Municipality"("postcode");

-- CreateIndex
CREATE INDEX "Organisation_municipalityAgs_idx" ON "Organisation"("municipalityAgs");

-- CreateIndex
CREATE INDEX "Organisation_kreisKey_idx" ON "Organisation"("kreisKey");

-- CreateIndex
CREATE INDEX "Provider_organisationId_municipalityAgs_idx" ON "Provider"("organisationId", "municipalityAgs");

-- CreateIndex
CREATE INDEX "Doctor_providerId_idx" ON "Doctor"("providerId");

-- CreateIndex
CREATE INDEX "Factor_category_idx" ON "Factor"("category");

-- CreateIndex
CREATE INDEX "Measure_field_idx" ON "Measure"("field");

-- CreateIndex
CREATE INDEX "Citation_entityType_entityKey_idx" ON "Citation"("entityType", "entityKey");

-- CreateIndex
CREATE INDEX "Citation_sourceFile_idx" ON "Citation"("sourceFile");

-- CreateIndex
CREATE INDEX "RuleParameter_key_validFrom_idx" ON "RuleParameter"("key", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "RuleParameter_key_version_key" ON "RuleParameter"("key", "version");

-- CreateIndex
CREATE INDEX "FundingProgramme_landCode_idx" ON "FundingProgramme"("landCode");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_organisationId_municipalityAgs_key" ON "Assessment"("organisationId", "municipalityAgs");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_organisationId_municipalityAgs_name_key" ON "Scenario"("organisationId", "municipalityAgs", "name");

-- AddForeignKey
ALTER TABLE "Kreis" ADD CONSTRAINT "Kreis_landCode_fkey" FOREIGN KEY ("landCode") REFERENCES "Land"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gemeindeverband" ADD CONSTRAINT "Gemeindeverband_kreisKey_fkey" FOREIGN KEY ("kreisKey") REFERENCES "Kreis"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_landCode_fkey" FOREIGN KEY ("landCode") REFERENCES "Land"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_kreisKey_fkey" FOREIGN KEY ("kreisKey") REFERENCES "Kreis"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_verbandKey_fkey" FOREIGN KEY ("verbandKey") REFERENCES "Gemeindeverband"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityAgs_fkey" FOREIGN KEY ("municipalityAgs") REFERENCES "Municipality"("ags") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_kreisKey_fkey" FOREIGN KEY ("kreisKey") REFERENCES "Kreis"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_municipalityAgs_fkey" FOREIGN KEY ("municipalityAgs") REFERENCES "Municipality"("ags") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doctor" ADD CONSTRAINT "Doctor_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_municipalityAgs_fkey" FOREIGN KEY ("municipalityAgs") REFERENCES "Municipality"("ags") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_municipalityAgs_fkey" FOREIGN KEY ("municipalityAgs") REFERENCES "Municipality"("ags") ON DELETE RESTRICT ON UPDATE CASCADE;

