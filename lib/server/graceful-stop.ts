import type { Server } from "node:http";
import { markStopping } from "@/lib/lifecycle";
import type { StopStep } from "./stop-steps";

export type StopOutcome = {
  /** Everything finished before the deadline. */
  clean: boolean;
  ms: number;
  /** What was still going when the deadline came. */
  unfinished: string[];
};

type Options = {
  deadlineMs: number;
  drain: readonly StopStep[];
  close: readonly StopStep[];
  log?: (line: string) => void;
};

/**
 * Stops a server process without losing work:
 * 1. /api/ready answers 503 (lib/lifecycle.ts) and the servers stop
 *    accepting connections: a new one is refused, which a balancer retries
 *    elsewhere;
 * 2. requests in flight finish and get their whole answer, while the drain
 *    steps run beside them (the email timer sends the batch in hand, records
 *    it and hands back the rest);
 * 3. then the close steps (the database pool).
 * Whatever is still going at the deadline is cut off (its connections
 * closed) and named; the outcome says whether the stop was clean.
 */
export async function stopGracefully(servers: readonly Server[], opts: Options): Promise<StopOutcome> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  markStopping();
  // The last fifth of the time (2 s at most) is kept for the close steps, so
  // the pool is closed even when the requests used up their share.
  const closeReserveMs = Math.min(2_000, opts.deadlineMs / 5);
  const drainDeadline = timeout(opts.deadlineMs - closeReserveMs);
  const closeDeadline = timeout(opts.deadlineMs);
  const unfinished: string[] = [];

  const within = async (name: string, work: Promise<unknown>, deadline: Promise<"deadline">): Promise<void> => {
    const outcome = await Promise.race([work.then(() => "done" as const, (e: unknown) => failed(name, e, log)), deadline]);
    if (outcome === "deadline") unfinished.push(name);
  };

  const draining = [
    ...servers.map((server, i) => within(servers.length > 1 ? `requests in flight (server ${i + 1})` : "requests in flight", closeServer(server), drainDeadline)),
    ...opts.drain.map((step) => within(step.name, step.run(), drainDeadline)),
  ];
  await Promise.all(draining);
  for (const server of servers) server.closeAllConnections();
  for (const step of opts.close) await within(step.name, step.run(), closeDeadline);

  const ms = Date.now() - started;
  if (unfinished.length > 0) log(`Stopped after ${ms} ms with work unfinished: ${unfinished.join(", ")}.`);
  else log(`Stopped cleanly in ${ms} ms.`);
  return { clean: unfinished.length === 0, ms, unfinished };
}

function timeout(ms: number): Promise<"deadline"> {
  return new Promise((resolve) => setTimeout(() => resolve("deadline"), ms).unref());
}

function failed(name: string, e: unknown, log: (line: string) => void): "done" {
  log(`While stopping, ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  return "done";
}

/**
 * Stops listening and resolves once every connection has ended. A kept-alive
 * connection with no request in flight is closed at once, and so is one whose
 * request ends meanwhile, rather than waiting for its client to send another.
 */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(idle);
      resolve();
    });
    server.closeIdleConnections();
  });
}
