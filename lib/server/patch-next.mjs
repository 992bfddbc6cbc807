// Run after `npm ci` / `npm install` (package.json "postinstall"; the
// Dockerfile copies this file and inline-flight.mjs before its npm ci), and
// on the standalone artifact's copy by lib/server/finish-build.mjs:
// makes Next's app-page runtimes write each page's RSC payload into its HTML
// with lib/server/inline-flight.mjs, byte for byte what Next writes, without
// the slow paths a single non-ASCII character sends Next's own code down.
//
// It changes one statement in each production runtime, found by its exact
// text, and appends the function (hoisted, so the file's line numbers stay).
// Run again, it changes nothing, or replaces an older version of the
// function. If a new version of Next no longer has the text, it says so and
// leaves the file as it is: the page is then written by Next's own code,
// slower but the same, and inline-flight.test.ts fails until this patch
// follows the new version.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inlineFlightText } from "./inline-flight.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");

export const MARKER = "__conveneInlineFlightText";
export const RUNTIMES = ["app-page", "app-page-turbo", "app-page-experimental", "app-page-turbo-experimental"].map((name) =>
  path.join("node_modules", "next", "dist", "compiled", "next-server", `${name}.runtime.prod.js`),
);

/** Next 16.x: a chunk of payload that is UTF-8 text, made into a string, escaped, and encoded again. */
const ORIGINAL = 'if((0,s.isUtf8)(n)){let t=n.toString("utf-8");e=(0,d.ui)(JSON.stringify([1,t]))}else{';
const PATCHED = `if((0,s.isUtf8)(n)){t.push(${MARKER}(n,r));continue}else{`;

export function patchRuntime(source) {
  const fn = inlineFlightText.toString().replace(/^function inlineFlightText\(/, `function ${MARKER}(`);
  const block = `\n// Convene (lib/server/patch-next.mjs), ${createHash("sha256").update(fn).digest("hex").slice(0, 16)}:\n${fn}\n`;
  const appended = source.indexOf("\n// Convene (lib/server/patch-next.mjs)");
  if (appended >= 0) {
    // Patched before: by this version of the function, or an older one to replace.
    if (source.slice(appended) === block) return { source, state: "already" };
    return { source: source.slice(0, appended) + block, state: "patched" };
  }
  const at = source.indexOf(ORIGINAL);
  if (at < 0 || source.indexOf(ORIGINAL, at + 1) >= 0) return { source, state: "not found" };
  return { source: source.replace(ORIGINAL, PATCHED) + block, state: "patched" };
}

/** Patches the runtimes of the node_modules under `dir` (the project; .next/standalone, lib/server/finish-build.mjs). */
export function patchRuntimesUnder(dir) {
  for (const relative of RUNTIMES) {
    const file = path.join(dir, relative);
    if (!fs.existsSync(file)) continue;
    const { source, state } = patchRuntime(fs.readFileSync(file, "utf8"));
    if (state === "patched") {
      // A new file, not the old one rewritten in place: a hard-linked copy of node_modules keeps its own.
      fs.writeFileSync(`${file}.convene`, source);
      fs.renameSync(`${file}.convene`, file);
    }
    if (state === "not found") console.warn(`lib/server/patch-next.mjs: ${relative} does not hold the text it patches (a new version of Next?); left as it is.`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) patchRuntimesUnder(root);
