// `npm run test:e2e`: Playwright against a production build with a fresh database.
//
// With TEST_DATABASE_URL set (and DATABASE_URL not), the whole suite runs once
// on PostgreSQL, as an operator runs Convene, in a database of its own; then the
// journeys tagged @pglite run again on the embedded database, the zero-setup
// default, against the same build. Every rule that touches the database runs on
// both drivers in Vitest already; running every journey twice bought no coverage
// for its minutes. Without TEST_DATABASE_URL, or with arguments (a spec, --grep),
// it is one plain Playwright run on whichever database the environment names.
//
// `--with-unit` (what `npm test` uses): the production build the journeys need
// is made while Vitest runs, side by side, instead of after it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import postgres from "postgres";

const withUnit = process.argv.includes("--with-unit");
const started = Date.now();
const phase = (what) => console.log(`--- [e2e/run.mjs, ${Math.round((Date.now() - started) / 1000)} s] ${what}`);
const args = process.argv.slice(2).filter((a) => a !== "--with-unit");
const playwright = (extra, env) =>
  spawnSync("npx", ["playwright", "test", ...extra], { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
const keep = (from, to) => fs.existsSync(from) && fs.copyFileSync(from, to);

if (withUnit && process.env.E2E_SKIP_BUILD !== "1") {
  fs.mkdirSync("test-results", { recursive: true });
  const log = fs.openSync("test-results/build.log", "w");
  // The build the e2e server would make (e2e/serve.mjs), with the type check `npm test` has just run spared.
  const build = spawn("npx", ["next", "build"], { stdio: ["ignore", log, log], env: {
      ...process.env,
      CONVENE_TYPECHECKED: "1",
      // As the e2e server builds (playwright.config.ts): nothing in the build depends on the port.
      AUTH_SECRET: "e2e-only-secret-not-for-production-use",
      CONVENE_DEV_MAILBOX: "1",
    },
  });
  const built = new Promise((resolve) => build.on("exit", (code) => resolve(code ?? 1)));
  phase("Vitest, with the production build alongside");
  const unit = spawnSync("npm", ["run", "-s", "test:unit"], { stdio: "inherit" }).status ?? 1;
  phase("Vitest done; waiting for the build");
  const buildStatus = await built;
  if (buildStatus !== 0) process.stdout.write(fs.readFileSync("test-results/build.log", "utf8"));
  if (unit !== 0 || buildStatus !== 0) process.exit(1);
  process.env.E2E_SKIP_BUILD = "1";
} else if (withUnit) {
  const unit = spawnSync("npm", ["run", "-s", "test:unit"], { stdio: "inherit" }).status ?? 1;
  if (unit !== 0) process.exit(1);
}

const base = process.env.TEST_DATABASE_URL;
if (!base || process.env.DATABASE_URL || args.length > 0) process.exit(playwright(args, {}));

const url = new URL(base);
const name = `${process.env.TEST_DATABASE_PREFIX ?? "convene_test"}_e2e`;
const admin = postgres(base, { max: 1, onnotice: () => {} });
const recreate = async (drop) => {
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  if (!drop) await admin.unsafe(`create database "${name}"`);
};
await recreate(false);
url.pathname = `/${name}`;

phase("Playwright on PostgreSQL");
let status = playwright([], { DATABASE_URL: url.toString() });
keep("test-results/e2e.json", "test-results/e2e-postgres.json");
await recreate(true);
await admin.end();

if (status === 0) {
  phase("the @pglite journeys on the embedded database, same build");
  status = playwright(["--grep", "@pglite"], { E2E_SKIP_BUILD: "1" });
  keep("test-results/e2e.json", "test-results/e2e-pglite.json");
}
phase("done");
process.exit(status);
