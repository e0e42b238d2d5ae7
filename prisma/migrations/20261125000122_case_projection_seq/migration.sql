-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "projectionSeq" INTEGER NOT NULL DEFAULT 0;
