import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export type DeliverProcess = {
  child: ChildProcess;
  /** Resolves when the process has ended, with what it printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** SIGKILL: no handler runs, no row gets recorded, as when a machine loses power. */
  kill(): void;
};

/**
 * `npm run email:deliver` as a real process of its own (node with tsx's
 * loader, so the signal reaches the deliverer itself, not a wrapper),
 * against `databaseUrl` and a fake Resend.
 */
export type DeliverProcessOptions = {
  databaseUrl: string;
  resendUrl: string;
  apiKey?: string;
  /** The secret the emails' links were sealed with (a production deliverer refuses to run without one). */
  authSecret: string;
};

export function startDeliverProcess(opts: DeliverProcessOptions): DeliverProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/email/deliver-cli.ts"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      DATABASE_URL: opts.databaseUrl,
      RESEND_API_KEY: opts.apiKey ?? "re_test",
      RESEND_BASE_URL: opts.resendUrl,
      AUTH_SECRET: opts.authSecret,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so a kill reaches anything it started.
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    exited,
    kill() {
      if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
    },
  };
}

/** Runs a deliverer to the end and returns its counts, as it printed them. */
export async function deliverOnce(opts: DeliverProcessOptions) {
  const run = startDeliverProcess(opts);
  const { code, stdout, stderr } = await run.exited;
  if (code !== 0) throw new Error(`The deliverer exited with ${code}: ${stderr || stdout}`);
  return countsOf(stdout);
}

export function countsOf(stdout: string): { claimed: number; sent: number } {
  const m = /(\d+) claimed, (\d+) sent/.exec(stdout);
  if (!m) throw new Error(`The deliverer printed no counts: ${stdout}`);
  return { claimed: Number(m[1]), sent: Number(m[2]) };
}
