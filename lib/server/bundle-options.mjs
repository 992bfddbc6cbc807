// How the artifact's commands are bundled with esbuild: shared by
// lib/server/finish-build.mjs (the deployed folder) and bench/run.mjs, which
// runs the email worker as the artifact does, not through tsx's loader (whose
// module hooks answered a lookup on another thread for every email rendered).
import path from "node:path";
import { build } from "esbuild";

export function commonBundleOptions(root) {
  return {
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    legalComments: "none",
  };
}

/** `email-worker.js`: lib/email/worker-cli.ts bundled. It renders the emails' React templates: JSX as React 19 compiles it. */
export function bundleEmailWorker(root, outfile) {
  return build({
    ...commonBundleOptions(root),
    entryPoints: [path.join(root, "lib", "email", "worker-cli.ts")],
    outfile,
    jsx: "automatic",
    // PGlite finds its WASM beside its own module: a plain require of the installed copy.
    external: ["@electric-sql/pglite", "@electric-sql/pglite/*"],
  });
}
