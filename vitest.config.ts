import fs from "node:fs";
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
// bench/: the verdict rules of `npm run bench` (they time nothing).
const TEST_FILES = ["lib/**/*.test.ts", "db/**/*.test.ts", "bench/**/*.test.ts", "components/**/*.test.ts"];

/** The test files under lib/ and db/ whose source matches `pattern`. */
function testFilesMatching(pattern: RegExp): string[] {
  const found: string[] = [];
  for (const dir of ["lib", "db"]) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
      if (!entry.endsWith(".test.ts") || entry.split(path.sep).includes("node_modules")) continue;
      const file = path.join(dir, entry);
      if (pattern.test(fs.readFileSync(path.join(root, file), "utf8"))) found.push(file.split(path.sep).join("/"));
    }
  }
  return found;
}

/**
 * Test files that open a test database (`@/lib/test/db`): the only ones whose
 * outcome can depend on the driver. The others (schemas, pure rules, templates)
 * run once, on the PGlite project.
 */
const databaseTestFiles = () => testFilesMatching(/["']@\/lib\/test\/db["']|\binject\(/);

/**
 * Files that change the module graph or the environment for themselves
 * (`vi.mock`, `vi.stubEnv`, ...). They run in a fresh module graph each; every
 * other file shares its worker's modules with the files before it, which
 * halves the suite's time (loading modules was half of it). No test may rely
 * on module state another file left: each opens its own database.
 */
const isolated = testFilesMatching(/\bvi\.(mock|doMock|stubEnv|stubGlobal|hoisted|resetModules)\(/);

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
// ones with a database run on PostgreSQL too (where the concurrency tests also
// run). Each driver has a project for the files that share modules and one for
// those that need their own (see NEEDS_ISOLATION).
function project(name: string, driver: "pglite" | "postgres", include: string[], isolate: boolean): TestProjectInlineConfiguration {
  return {
    ...shared,
    // Inherit the root test options (timeouts, workers, reporters).
    extends: true,
    test: { name, include, exclude: isolate ? [] : isolated, isolate, env: { TEST_DRIVER: driver }, globalSetup: ["lib/test/global-setup.ts"] },
  };
}
const projects: TestProjectInlineConfiguration[] = [
  project("pglite", "pglite", TEST_FILES, false),
  project("pglite (isolated)", "pglite", isolated, true),
];
if (process.env.TEST_DATABASE_URL) {
  const databaseFiles = databaseTestFiles();
  projects.push(
    project("postgres", "postgres", databaseFiles, false),
    project("postgres (isolated)", "postgres", databaseFiles.filter((f) => isolated.includes(f)), true),
  );
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
