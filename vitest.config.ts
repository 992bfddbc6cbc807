import fs from "node:fs";
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const TEST_FILES = ["lib/**/*.test.ts", "db/**/*.test.ts"];

/**
 * Test files that open a test database (`@/lib/test/db`): the only ones whose
 * outcome can depend on the driver. The others (schemas, pure rules, templates)
 * run once, on the PGlite project.
 */
function databaseTestFiles(): string[] {
  const found: string[] = [];
  for (const dir of ["lib", "db"]) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
      if (!entry.endsWith(".test.ts") || entry.split(path.sep).includes("node_modules")) continue;
      const file = path.join(dir, entry);
      if (/["']@\/lib\/test\/db["']|\binject\(/.test(fs.readFileSync(path.join(root, file), "utf8"))) found.push(file.split(path.sep).join("/"));
    }
  }
  return found;
}

const shared = {
  resolve: {
    alias: {
      "@": root,
      // lib/ marks server code with `server-only`; under Vitest that is fine.
      "server-only": path.join(root, "lib/test/server-only-stub.ts"),
    },
  },
};

// Every suite runs on embedded PGlite and, when TEST_DATABASE_URL is set, the
// ones with a database run on PostgreSQL too (where the concurrency tests also run).
const projects: TestProjectInlineConfiguration[] = [
  {
    ...shared,
    // Inherit the root test options (timeouts, workers, reporters).
    extends: true,
    test: {
      name: "pglite",
      include: TEST_FILES,
      env: { TEST_DRIVER: "pglite" },
      globalSetup: ["lib/test/global-setup.ts"],
    },
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    ...shared,
    extends: true,
    test: {
      name: "postgres",
      include: databaseTestFiles(),
      env: { TEST_DRIVER: "postgres" },
      globalSetup: ["lib/test/global-setup.ts"],
    },
  });
}

export default defineConfig({
  ...shared,
  test: {
    projects,
    // Only to stop a hang: no test here may depend on how fast the machine is
    // (a busy 2-core machine runs some tests ten times slower than an idle one).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: PGlite instances are memory-hungry, keep the pool small.
    maxWorkers: 2,
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/unit.json" }]] : ["default"],
  },
});
