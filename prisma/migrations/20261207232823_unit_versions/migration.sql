-- CreateTable
CREATE TABLE "UnitVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'published',
    "contentHash" TEXT NOT NULL,
    "document" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    "createdById" TEXT,
    CONSTRAINT "UnitVersion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "UnitVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- Today's units become version 1 of themselves (built in: they came from content/). Their
-- documents are filled from content/ by the content load that follows every migration.
INSERT INTO "UnitVersion" ("id", "unitId", "number", "status", "contentHash", "document", "createdAt", "publishedAt")
SELECT "id" || '@1', "id", 1, 'published', "contentHash", NULL, "loadedAt", "loadedAt" FROM "Unit";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "loadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Unit" ("contentHash", "id", "loadedAt", "title", "builtIn") SELECT "contentHash", "id", "loadedAt", "title", 1 FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitVersionId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    "score" REAL NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attempt_unitVersionId_fkey" FOREIGN KEY ("unitVersionId") REFERENCES "UnitVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("answeredCount", "correctCount", "finishedAt", "id", "mode", "plan", "questionCount", "score", "seed", "startedAt", "unitId", "userId", "unitVersionId") SELECT "answeredCount", "correctCount", "finishedAt", "id", "mode", "plan", "questionCount", "score", "seed", "startedAt", "unitId", "userId", "unitId" || '@1' FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_userId_unitId_idx" ON "Attempt"("userId", "unitId");
CREATE INDEX "Attempt_unitId_finishedAt_idx" ON "Attempt"("unitId", "finishedAt");
CREATE TABLE "new_EventRead" (
    "userId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "unitVersionId" TEXT,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "eventId"),
    CONSTRAINT "EventRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventRead_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimelineEvent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventRead_unitVersionId_fkey" FOREIGN KEY ("unitVersionId") REFERENCES "UnitVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EventRead" ("eventId", "readAt", "userId", "unitVersionId") SELECT r."eventId", r."readAt", r."userId", e."unitId" || '@1' FROM "EventRead" r LEFT JOIN "TimelineEvent" e ON e."id" = r."eventId";
DROP TABLE "EventRead";
ALTER TABLE "new_EventRead" RENAME TO "EventRead";
CREATE TABLE "new_LiveSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "classroomId" TEXT,
    "unitId" TEXT NOT NULL,
    "unitVersionId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'lobby',
    "questionIndex" INTEGER NOT NULL DEFAULT -1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "LiveSession_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveSession_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveSession_unitVersionId_fkey" FOREIGN KEY ("unitVersionId") REFERENCES "UnitVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_LiveSession" ("classroomId", "code", "createdAt", "endedAt", "id", "lastActivityAt", "mode", "plan", "questionIndex", "status", "teacherId", "unitId", "version", "unitVersionId") SELECT "classroomId", "code", "createdAt", "endedAt", "id", "lastActivityAt", "mode", "plan", "questionIndex", "status", "teacherId", "unitId", "version", "unitId" || '@1' FROM "LiveSession";
DROP TABLE "LiveSession";
ALTER TABLE "new_LiveSession" RENAME TO "LiveSession";
CREATE UNIQUE INDEX "LiveSession_code_key" ON "LiveSession"("code");
CREATE INDEX "LiveSession_teacherId_idx" ON "LiveSession"("teacherId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "UnitVersion_status_publishedAt_idx" ON "UnitVersion"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "UnitVersion_unitId_number_key" ON "UnitVersion"("unitId", "number");
