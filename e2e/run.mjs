// `npm run test:e2e`: Playwright against a production build with a fresh database.
//
// With TEST_DATABASE_URL set (and DATABASE_URL not), the whole suite runs on
// PostgreSQL, as an operator runs Convene, in a database of its own; beside it,
// the journeys tagged @pglite run on the embedded database, the zero-setup
// default, against the same build (their own server, port and output folder).
// Every rule that touches the database runs on both drivers in Vitest already;
// running every journey twice bought no coverage for its minutes. Without
// TEST_DATABASE_URL, or with arguments (a spec, --grep), it is one plain
// Playwright run on whichever database the environment names.
//
// `--all` (what `npm test` uses): Vitest starts beside typecheck and lint,
// then the production build the journeys need (it skips its own type check).
// The type check and the build take turns: both write `.next/types`, and
// `next build` first empties `.next`, so a type check reading the route types
// while the build cleans them fails on a busy machine. The journeys start once
// the build and the checks are done, while Vitest finishes; any failure fails
// the run, and a failed step's log is printed last, where a reader of the
// run's tail finds it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import postgres from "postgres";

const all = process.argv.includes("--all");
const args = process.argv.slice(2).filter((a) => a !== "--all");
const started = Date.now();
const phase = (what) => console.log(`--- [e2e/run.mjs, ${Math.round((Date.now() - started) / 1000)} s] ${what}`);

/** Runs a command; its output goes to `log` (a file) or to this process's. Resolves with its exit code. */
function run(cmd, cmdArgs, { env = {}, log } = {}) {
  const out = log ? fs.openSync(log, "w") : "inherit";
  const child = spawn(cmd, cmdArgs, { stdio: ["ignore", out, out], env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
const show = (log) => process.stdout.write(fs.readFileSync(log, "utf8"));
const playwright = (extra, env, log) => run("npx", ["playwright", "test", ...extra], { env, log });

fs.mkdirSync("test-results", { recursive: true });

// Vitest's result, when `--all` runs it beside the journeys.
let unit = Promise.resolve(0);
if (all) {
  phase("Vitest, beside it typecheck and lint, then the production build");
  // Vitest's report is printed whole when it ends, not woven into Playwright's.
  unit = run("npm", ["run", "-s", "test:unit"], { log: "test-results/unit.log" }).then((status) => {
    phase(`Vitest ${status === 0 ? "passed" : "FAILED"}:`);
    show("test-results/unit.log");
    return status;
  });
  const checked = await run("npm", ["run", "-s", "check"], { log: "test-results/check.log" });
  show("test-results/check.log");
  phase(`typecheck and lint ${checked === 0 ? "passed" : "FAILED"}`);
  const built =
    checked !== 0
      ? 1
      : process.env.E2E_SKIP_BUILD === "1"
        ? 0
        : await run("npm", ["run", "-s", "build"], {
            log: "test-results/build.log",
            env: {
              // `npm run check` type-checked it just now.
              CONVENE_TYPECHECKED: "1",
              // As the e2e server builds (playwright.config.ts): nothing in the build depends on the port.
              AUTH_SECRET: "e2e-only-secret-not-for-production-use",
              CONVENE_DEV_MAILBOX: "1",
            },
          });
  if (checked === 0) phase(`build ${built === 0 ? "done" : "FAILED"}`);
  if (checked !== 0 || built !== 0) {
    await unit;
    // Last, so the tail of the run's output says what failed.
    if (checked !== 0) {
      phase("typecheck and lint FAILED:");
      show("test-results/check.log");
    } else {
      phase("the build FAILED:");
      show("test-results/build.log");
    }
    process.exit(1);
  }
  // The journeys start on the build while Vitest finishes.
  process.env.E2E_SKIP_BUILD = "1";
}

const base = process.env.TEST_DATABASE_URL;
if (!base || process.env.DATABASE_URL || args.length > 0) {
  const e2e = await playwright(args, {});
  process.exit((await unit) || e2e);
}

const url = new URL(base);
const name = `${process.env.TEST_DATABASE_PREFIX ?? "convene_test"}_e2e`;
const admin = postgres(base, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists "${name}" with (force)`);
await admin.unsafe(`create database "${name}"`);
url.pathname = `/${name}`;

phase("Playwright on PostgreSQL, and beside it the @pglite journeys on the embedded database (same build)");
// They wait for Vitest, which runs PGlite in-process too: three CPU-heavy runs
// on two cores made the journeys of all three crawl.
const embedded = unit.then(() => playwright(
  ["--grep", "@pglite"],
  {
    E2E_SKIP_BUILD: "1",
    E2E_OUTPUT_DIR: "test-results/playwright-pglite",
    E2E_JSON: "test-results/e2e-pglite.json",
    E2E_SERVER_LOG: "test-results/server-pglite.log",
    E2E_PGLITE_DIR: ".data/e2e-pglite",
  },
  "test-results/e2e-pglite.log",
));
const onPostgres = await playwright([], { DATABASE_URL: url.toString(), E2E_JSON: "test-results/e2e-postgres.json" });
phase("Playwright on PostgreSQL done");
const onPglite = await embedded;
console.log("--- the @pglite journeys on the embedded database:");
show("test-results/e2e-pglite.log");
await admin.unsafe(`drop database if exists "${name}" with (force)`);
await admin.end();
const unitStatus = await unit;
phase("done");
process.exit(unitStatus || onPostgres || onPglite);
