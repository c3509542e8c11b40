-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "builtIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "UnitVersion" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'published',
    "contentHash" TEXT NOT NULL,
    "document" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,

    CONSTRAINT "UnitVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitVersion_status_publishedAt_idx" ON "UnitVersion"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "UnitVersion_unitId_number_key" ON "UnitVersion"("unitId", "number");

-- Today's units become version 1 of themselves (built in: they came from content/). Their
-- documents are filled from content/ by the content load that follows every migration.
INSERT INTO "UnitVersion" ("id", "unitId", "number", "status", "contentHash", "document", "createdAt", "publishedAt")
SELECT "id" || '@1', "id", 1, 'published', "contentHash", NULL, "loadedAt", "loadedAt" FROM "Unit";
UPDATE "Unit" SET "builtIn" = true;

-- AlterTable: every attempt, live session and read was made against version 1 of its unit.
ALTER TABLE "Attempt" ADD COLUMN     "unitVersionId" TEXT;
UPDATE "Attempt" SET "unitVersionId" = "unitId" || '@1';
ALTER TABLE "Attempt" ALTER COLUMN "unitVersionId" SET NOT NULL;

-- AlterTable
ALTER TABLE "EventRead" ADD COLUMN     "unitVersionId" TEXT;
UPDATE "EventRead" r SET "unitVersionId" = e."unitId" || '@1' FROM "TimelineEvent" e WHERE e."id" = r."eventId";

-- AlterTable
ALTER TABLE "LiveSession" ADD COLUMN     "unitVersionId" TEXT;
UPDATE "LiveSession" SET "unitVersionId" = "unitId" || '@1';
ALTER TABLE "LiveSession" ALTER COLUMN "unitVersionId" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "UnitVersion" ADD CONSTRAINT "UnitVersion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitVersion" ADD CONSTRAINT "UnitVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_unitVersionId_fkey" FOREIGN KEY ("unitVersionId") REFERENCES "UnitVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRead" ADD CONSTRAINT "EventRead_unitVersionId_fkey" FOREIGN KEY ("unitVersionId") REFERENCES "UnitVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_unitVersionId_fkey" FOREIGN KEY ("unitVersionId") REFERENCES "UnitVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
