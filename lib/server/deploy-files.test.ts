import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./node-flags.mjs";

// Container images cannot be built here (no registry to pull a base image
// from), so CI proves the artifact itself (e2e/serve.mjs runs every journey
// on a copy of it outside the project). These checks keep the Dockerfile and
// compose.yaml describing that same artifact.
const dockerfile = fs.readFileSync("Dockerfile", "utf8");
const compose = fs.readFileSync("compose.yaml", "utf8");
const instructions = dockerfile
  .split("\n")
  .filter((l) => l.trim() && !l.trimStart().startsWith("#"))
  .join("\n")
  .replace(/\\\n\s*/g, " ")
  .split("\n");

describe("the Dockerfile", () => {
  it("builds in one stage and runs the standalone artifact on Node 20 in another, as a user without privileges", () => {
    const stages = instructions.filter((l) => l.startsWith("FROM "));
    expect(stages).toEqual(["FROM node:20-bookworm-slim AS build", "FROM node:20-bookworm-slim AS run"]);
    const run = instructions.slice(instructions.indexOf(stages[1]));
    expect(instructions).toContain("RUN npm ci --no-audit --no-fund");
    // npm ci's postinstall patches Next's runtimes: the script and what it copies in are there before it runs.
    const copyPatch = instructions.indexOf("COPY lib/server/patch-next.mjs lib/server/inline-flight.mjs ./lib/server/");
    expect(copyPatch).toBeGreaterThan(-1);
    expect(copyPatch).toBeLessThan(instructions.indexOf("RUN npm ci --no-audit --no-fund"));
    expect(instructions).toContain("RUN npm run build");
    expect(run).toContain("COPY --from=build --chown=convene:convene /src/.next/standalone ./");
    const user = run.find((l) => l.startsWith("USER "));
    expect(user).toBe("USER convene");
    expect(run.indexOf(user!)).toBeLessThan(run.findIndex((l) => l.startsWith("CMD ")));
    expect(run.at(-1)).toBe(`CMD ${JSON.stringify(["node", ...SERVER_NODE_FLAGS, "server.js"]).replaceAll(",", ", ")}`);
    expect(run.some((l) => l.includes("/api/health"))).toBe(true);
  });

  it("leaves the local build, data and dependencies out of the build context", () => {
    const ignored = fs.readFileSync(".dockerignore", "utf8").split("\n");
    for (const entry of ["node_modules", ".next", ".data"]) expect(ignored).toContain(entry);
  });
});

describe("compose.yaml", () => {
  it("runs PostgreSQL, then the migration step from the artifact, then the app once it succeeded", () => {
    expect(compose).toMatch(/^  db:\n    image: postgres:/m);
    expect(compose).toMatch(/^  migrate:\n    build: \.\n    command: \["node", "db\/migrate\.js"\]/m);
    expect(compose).toMatch(/^  app:\n    build: \./m);
    expect(compose).toMatch(/migrate:\n        condition: service_completed_successfully/);
    expect(compose).toMatch(/AUTH_SECRET: \$\{AUTH_SECRET:\?/);
  });

  it("runs the email worker from the same artifact beside an app that only queues email", () => {
    expect(compose).toMatch(/^  worker:\n    build: \.\n    command: \["node", "email-worker\.js"\]/m);
    expect(compose).toMatch(/^      CONVENE_EMAIL_DELIVERY: worker$/m);
    const worker = compose.slice(compose.indexOf("\n  worker:"));
    expect(worker).toMatch(/AUTH_SECRET: \$\{AUTH_SECRET:\?/);
    expect(worker).toMatch(/migrate:\n        condition: service_completed_successfully/);
  });

  it("gives the app longer to stop than its own graceful stop takes", () => {
    const grace = Number(/stop_grace_period: (\d+)s/.exec(compose)?.[1]);
    expect(grace).toBeGreaterThan(10);
  });
});

describe("the server's Node flags (lib/server/node-flags.mjs)", () => {
  it("are the ones npm start, the journeys' server and the bench's server run with", () => {
    expect(SERVER_NODE_FLAGS).toContain("--max-semi-space-size=64");
    const start = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start as string;
    expect(start).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} .next/standalone/server.js`);
    expect(fs.readFileSync("e2e/serve.mjs", "utf8")).toContain("spawn(process.execPath, [...SERVER_NODE_FLAGS, \"server.js\"]");
    expect(fs.readFileSync("bench/run.mjs", "utf8")).toContain("start(process.execPath, [...SERVER_NODE_FLAGS, bin(\"next\"), \"start\"");
    expect(fs.readFileSync("bench/artifact.mjs", "utf8")).toContain("spawn(process.execPath, [...SERVER_NODE_FLAGS, \"server.js\"]");
    expect(fs.readFileSync("e2e/production-server.ts", "utf8")).toContain("[[...SERVER_NODE_FLAGS, standalone], path.dirname(standalone)]");
  });

  it("are flags this Node accepts (it refuses an unknown one and exits 9)", () => {
    const flagged = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, "-e", "process.stdout.write(process.execArgv.join(' '))"], { encoding: "utf8" });
    expect(flagged.status, flagged.stderr).toBe(0);
    expect(flagged.stderr).toBe("");
    expect(flagged.stdout.startsWith(SERVER_NODE_FLAGS.join(" "))).toBe(true);
    expect(spawnSync(process.execPath, ["--max-semi-space-sise=64", "-e", "0"]).status).toBe(9);
  });
});
