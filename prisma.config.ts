import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate; `migrate deploy` on machines that have the schema engine).
// At run time the app connects through driver adapters (server/db/client.ts) and applies
// migrations itself (server/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/pegasus" },
});
