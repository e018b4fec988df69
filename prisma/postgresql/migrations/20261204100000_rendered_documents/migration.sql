-- CreateTable
CREATE TABLE "RenderedDocument" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenderedDocument_pkey" PRIMARY KEY ("key")
);

