import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: it diffs db/schema against the
// committed snapshots and needs no database. Migrations are applied by
// db/migrate.ts with drizzle-orm's own migrators, on either driver.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
