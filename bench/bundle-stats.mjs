// First-load JavaScript of chosen routes, gzip-compressed, from the build's
// own route bundle stats (`next build` writes them; Next 16 no longer prints
// sizes). Usage: node bench/bundle-stats.mjs [route ...] — run after a build.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const statsFile = path.join(".next", "diagnostics", "route-bundle-stats.json");

export function firstLoadJs(routes) {
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
  const byRoute = new Map(stats.map((s) => [s.route, s]));
  const gz = new Map();
  const size = (chunk) => {
    if (!gz.has(chunk)) gz.set(chunk, zlib.gzipSync(fs.readFileSync(path.join(".next", chunk.replace(/^\.next\//, "")))).length);
    return gz.get(chunk);
  };
  // The chunks every page loads: what the framework costs before a page adds anything.
  const all = stats.map((s) => new Set(s.firstLoadChunkPaths));
  const floor = [...all[0]].filter((c) => all.every((set) => set.has(c)));
  const floorBytes = floor.reduce((n, c) => n + size(c), 0);
  return {
    floorBytes,
    routes: routes.map((route) => {
      const s = byRoute.get(route);
      if (!s) return { route, bytes: null, overFloor: null };
      const bytes = s.firstLoadChunkPaths.reduce((n, c) => n + size(c), 0);
      return { route, bytes, overFloor: bytes - floorBytes };
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const routes = process.argv.slice(2).length ? process.argv.slice(2) : ["/", "/events/[slug]", "/rsvp/[token]"];
  const { floorBytes, routes: rows } = firstLoadJs(routes);
  const kb = (b) => (b / 1024).toFixed(1);
  console.log(`floor (chunks every route loads): ${kb(floorBytes)} kB gzip`);
  for (const r of rows) console.log(`${r.route.padEnd(24)} ${r.bytes === null ? "not in this build" : `${kb(r.bytes)} kB gzip (floor + ${kb(r.overFloor)} kB)`}`);
}
