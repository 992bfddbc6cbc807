import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // lib/ marks server code with `server-only`; under Vitest that is fine.
      "server-only": path.join(root, "lib/test/server-only-stub.ts"),
    },
  },
};

// The same suites run on embedded PGlite and, when TEST_DATABASE_URL is set,
// on PostgreSQL (where the concurrency tests also run).
const projects: TestProjectInlineConfiguration[] = [
  {
    ...shared,
    // Inherit the root test options (timeouts, workers, reporters).
    extends: true,
    test: {
      name: "pglite",
      include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
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
      include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
      env: { TEST_DRIVER: "postgres" },
      globalSetup: ["lib/test/global-setup.ts"],
    },
  });
}

export default defineConfig({
  ...shared,
  test: {
    projects,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite instances are memory-hungry, keep the pool small.
    maxWorkers: 2,
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/unit.json" }]] : ["default"],
  },
});
