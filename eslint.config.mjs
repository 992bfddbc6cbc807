import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers, top to bottom: app -> components -> lib -> emails, db. An import
// runs down, never up (README, "Layers"). Paths are resolved (aliases and
// relative imports alike) by eslint-plugin-import, which eslint-config-next
// registers as `import`.
const root = import.meta.dirname;
const layer = (message) => `${message} (the layers: app -> components -> lib -> emails, db; README "Layers").`;
// The demo data and the scripts that load it (db/seed/) sit above lib: they write through it.
const dbBelowSeed = ["./db/*.ts", "./db/schema/**", "./db/migrations/**"];
const lowerThanSeed = { target: "./lib", from: "./db/seed", message: layer("the seed loads through lib; only lib's tests may use it") };
const layerZones = [
  { target: "./components", from: ["./app", "./db"], message: layer("components get data and actions from the page as props") },
  { target: "./app", from: "./db", except: ["./index.ts", "./types.ts", "./unavailable.ts"], message: layer("app reads and writes through lib/<domain>/queries.ts and mutations.ts, not tables") },
  { target: "./lib", from: ["./app", "./components"], message: layer("lib is below app and components") },
  lowerThanSeed,
  { target: "./emails", from: ["./app", "./components", "./lib", "./db"], message: layer("emails are templates: they take props and import nothing of Convene's") },
  { target: dbBelowSeed, from: ["./app", "./components", "./emails", "./db/seed"], message: layer("db is the bottom layer") },
  // lib/test is the test harness; db's own tests use it.
  { target: dbBelowSeed, from: "./lib", except: ["./test"], message: layer("db is the bottom layer") },
  { target: "./db/seed", from: ["./app", "./components"], message: layer("the seed writes through lib and db") },
];
// Tests run beside the code they test and may load the demo data.
const testFiles = ["**/*.test.ts", "**/test-fixtures.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    // Cycles are looked for in Convene's own files: packages are not parsed.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-restricted-paths": ["error", { basePath: root, zones: layerZones }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: testFiles,
    rules: { "import/no-restricted-paths": ["error", { basePath: root, zones: layerZones.filter((zone) => zone !== lowerThanSeed) }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "emails/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*"],
              message: layer("queries live in lib/<domain>/queries.ts; app, components and emails do not build SQL"),
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures take a `use` callback that is not React's hook.
    files: ["e2e/**/*.ts", "**/*.test.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "db/migrations/**", "bench/tmp/**"]),
]);
