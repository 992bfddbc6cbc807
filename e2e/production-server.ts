import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { connect, createServer, type AddressInfo } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { SERVER_NODE_FLAGS } from "../lib/server/node-flags.mjs";

// What the specs that run servers of their own need (e2e/database-outage.spec.ts,
// e2e/several-instances.spec.ts): a PostgreSQL database of their own, made
// with the project's scripts; the production build started as an operator
// starts it; nginx in front; everything stopped by its process id.

export const root = path.resolve(__dirname, "..");

/** The PostgreSQL server the suite may make databases on, if any (PGlite runs inside one process: nothing to share). */
export function postgresBase(): string | undefined {
  return [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => u?.startsWith("postgres"));
}

/** Runs one of the project's scripts with tsx; returns what it printed, or throws with its error output. */
export function runScript(script: string, args: string[], env: Record<string, string>): string {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** A fresh database `name` on the server at `base`, migrated and seeded with the demo data. Drop it with `admin`. */
export async function createDatabase(base: string, name: string, authSecret: string): Promise<{ admin: postgres.Sql; url: string }> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  for (const script of ["db/migrate-cli.ts", "db/seed/seed-cli.ts"]) runScript(script, [], { DATABASE_URL: url.toString(), AUTH_SECRET: authSecret });
  return { admin, url: url.toString() };
}

/** A port nobody listens on at 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type RunningProcess = { name: string; child: ChildProcess; exited: Promise<void> };

function track(name: string, child: ChildProcess, log: string): RunningProcess {
  const out = fs.createWriteStream(log, { flags: "w" });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => out.end());
  return { name, child, exited };
}

/**
 * The build as an operator runs it, on 127.0.0.1:`port`, with only `env` (and
 * PATH, HOME): the standalone artifact (`node --max-semi-space-size=64 .next/standalone/server.js`, lib/server/node-flags.mjs)
 * when the build made one, else `next start` (its own node process, not npx,
 * so a signal reaches the server itself). Its own process group; output to `log`.
 */
export function startProductionServer(opts: { port: number; env: Record<string, string>; log: string; name?: string }): RunningProcess {
  const standalone = path.join(root, ".next", "standalone", "server.js");
  const [args, cwd] = fs.existsSync(standalone)
    ? [[...SERVER_NODE_FLAGS, standalone], path.dirname(standalone)]
    : [[path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(opts.port), "-H", "127.0.0.1"], root];
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(opts.port), HOSTNAME: "127.0.0.1", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  return track(opts.name ?? path.basename(opts.log, ".log"), child, opts.log);
}

/** Stops a process and its group by its id: `signal`, then SIGKILL if it is still there after 20 s. */
export async function stopProcess(running: RunningProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const { child } = running;
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const kill = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // Gone already.
    }
  };
  kill(signal);
  const late = setTimeout(() => kill("SIGKILL"), 20_000);
  await running.exited;
  clearTimeout(late);
}

/**
 * The balancer of README's "Running several instances": round-robin over the
 * instances, the Host the browser asked for (APP_URL's, port included), the
 * client's address appended to X-Forwarded-For (one trusted hop:
 * TRUSTED_PROXY_HOPS=1). The spec checks the README shows this text.
 */
export function balancerSnippet(opts: { listen: string; serverName: string; servers: number[]; upstream?: string }): string {
  const upstream = opts.upstream ?? "convene";
  return [
    `upstream ${upstream} {`,
    ...opts.servers.map((port) => `    server 127.0.0.1:${port};`),
    `}`,
    ``,
    `server {`,
    `    listen ${opts.listen};`,
    `    server_name ${opts.serverName};`,
    `    # Convene takes uploads up to 6 MB (a guest list, a photo).`,
    `    client_max_body_size 8m;`,
    ``,
    `    location / {`,
    `        proxy_pass http://${upstream};`,
    `        proxy_http_version 1.1;`,
    `        proxy_set_header Host $http_host;`,
    `        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`,
    `        proxy_set_header X-Forwarded-Proto $scheme;`,
    `    }`,
    `}`,
  ].join("\n");
}

/**
 * Debian's nginx, unprivileged if need be, from a folder of its own (its pid,
 * logs and temporary files inside it), in the foreground: the balancer over
 * `servers` on `listen`, and on `singleListen` the same to the first server
 * alone (to compare throughput). The access log says which instance answered.
 */
export async function startNginx(dir: string, opts: { listen: number; servers: number[]; singleListen: number }): Promise<RunningProcess & { accessLog: string }> {
  const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p)) ?? "nginx";
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "temp"), { recursive: true });
  const at = (name: string) => path.join(dir, name);
  const accessLog = at("access.log");
  const config = [
    `daemon off;`,
    `worker_processes 1;`,
    // Started as root (CI), the workers would run as nobody, who cannot write in this folder.
    ...(process.getuid?.() === 0 ? [`user root;`] : []),
    `pid ${at("nginx.pid")};`,
    `error_log ${at("error.log")} warn;`,
    `events { worker_connections 1024; }`,
    `http {`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${at(`temp/${t}`)};`),
    `  log_format upstreams '$remote_addr|$request_method|$uri|$status|$upstream_addr';`,
    `  access_log ${accessLog} upstreams;`,
    balancerSnippet({ listen: `127.0.0.1:${opts.listen}`, serverName: "127.0.0.1", servers: opts.servers }).replace(/^/gm, "  "),
    balancerSnippet({ listen: `127.0.0.1:${opts.singleListen}`, serverName: "127.0.0.1", servers: opts.servers.slice(0, 1), upstream: "convene_one" }).replace(/^/gm, "  "),
    `}`,
    ``,
  ].join("\n");
  fs.writeFileSync(at("nginx.conf"), config);
  const check = spawnSync(binary, ["-t", "-p", dir, "-c", at("nginx.conf"), "-e", at("error.log")], { encoding: "utf8" });
  if (check.error) throw new Error(`nginx is not installed (apt-get install -y nginx; .ci/run installs it): ${check.error.message}`);
  if (check.status !== 0) throw new Error(`nginx refused the configuration: ${check.stderr}`);
  const child = spawn(binary, ["-p", dir, "-c", at("nginx.conf"), "-e", at("error.log")], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  const running = { ...track("nginx", child, at("nginx.out")), accessLog };
  // Listening once a connection is taken (the instances may not answer yet: a 502 is fine).
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = connect(opts.listen, "127.0.0.1");
      probe.once("connect", () => {
        probe.destroy();
        resolve(true);
      });
      probe.once("error", () => resolve(false));
    });
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${fs.readFileSync(at("error.log"), "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return running;
}
