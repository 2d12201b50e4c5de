import { defineConfig } from "prisma/config";

// Migrations are produced and applied by scripts/ through @prisma/schema-engine-wasm (see README);
// the Prisma CLI is only used for `prisma generate`, which needs no database.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
