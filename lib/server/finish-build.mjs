// Run by `npm run build` after `next build`: completes .next/standalone into
// the one folder an operator deploys, which runs with `node server.js` and
// nothing else installed:
//   server.js          lib/server/entry.ts bundled: Next's server with a graceful stop on SIGTERM
//   next-server.js     Next's own standalone entry, started by server.js
//   .next/static, public/   what Next's standalone output leaves out
//   db/migrate.js      `node db/migrate.js`: applies pending migrations (db/migrate-cli.ts bundled)
//   db/migrations/     the SQL it applies
//   email-worker.js    `node email-worker.js`: the email worker (lib/email/worker-cli.ts bundled), for CONVENE_EMAIL_DELIVERY=worker
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { bundleEmailWorker, commonBundleOptions } from "./bundle-options.mjs";
import { patchRuntimesUnder } from "./patch-next.mjs";

const root = process.cwd();
const out = path.join(root, ".next", "standalone");
const ours = "// Convene: lib/server/entry.ts";

if (!fs.existsSync(path.join(out, "server.js"))) {
  console.error('No .next/standalone/server.js: run `next build` first (next.config.ts sets output: "standalone").');
  process.exit(1);
}

// Next's runtimes as the artifact carries them write pages' payloads with
// lib/server/inline-flight.mjs, also when the install skipped its postinstall.
patchRuntimesUnder(out);

fs.rmSync(path.join(out, ".next", "static"), { recursive: true, force: true });
fs.cpSync(path.join(root, ".next", "static"), path.join(out, ".next", "static"), { recursive: true });
if (fs.existsSync(path.join(root, "public"))) {
  fs.rmSync(path.join(out, "public"), { recursive: true, force: true });
  fs.cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });
}

// A build run again over the same folder writes Next's entry afresh; an
// entry already ours means next-server.js is in place.
const entry = fs.readFileSync(path.join(out, "server.js"), "utf8");
if (!entry.startsWith(ours)) fs.renameSync(path.join(out, "server.js"), path.join(out, "next-server.js"));

const common = commonBundleOptions(root);
await build({
  ...common,
  entryPoints: [path.join(root, "lib", "server", "entry.ts")],
  outfile: path.join(out, "server.js"),
  banner: { js: ours },
  external: ["./next-server.js"],
});
// PGlite finds its WASM beside its own module: it stays a require of the
// copy Next's tracing put in node_modules.
await build({
  ...common,
  entryPoints: [path.join(root, "db", "migrate-cli.ts")],
  outfile: path.join(out, "db", "migrate.js"),
  external: ["@electric-sql/pglite", "@electric-sql/pglite/*"],
});
await bundleEmailWorker(root, path.join(out, "email-worker.js"));
fs.rmSync(path.join(out, "db", "migrations"), { recursive: true, force: true });
fs.cpSync(path.join(root, "db", "migrations"), path.join(out, "db", "migrations"), { recursive: true });

console.log("Build artifact ready: .next/standalone (run `node db/migrate.js`, then `node server.js`, in that folder; `node email-worker.js` beside it with CONVENE_EMAIL_DELIVERY=worker).");
