import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isStopping } from "@/lib/lifecycle";
import { stopGracefully } from "./graceful-stop";
import { stopDeadlineMs } from "./stop-deadline";

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.closeAllConnections();
});

/** A server whose /slow answers when `release` is called; its body comes in two parts, the second after the release. */
async function serverWithSlowRoute() {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived: () => void = () => {};
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  const server = http.createServer((req, res) => {
    if (req.url === "/slow") {
      arrived();
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first half, ");
      void released.then(() => res.end("second half"));
      return;
    }
    res.end("quick");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, release, slowArrived };
}

function get(port: number, path: string, agent?: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

describe("stopping gracefully", () => {
  it("refuses new connections, finishes the request in flight, runs the drain steps beside it and the close steps after", async () => {
    const { server, port, release, slowArrived } = await serverWithSlowRoute();
    // A kept-alive connection with nothing in flight must not hold the stop up.
    const keepAlive = new http.Agent({ keepAlive: true });
    expect((await get(port, "/quick", keepAlive)).body).toBe("quick");
    const inFlight = get(port, "/slow");
    await slowArrived;

    const order: string[] = [];
    const stopping = stopGracefully([server], {
      deadlineMs: 30_000,
      drain: [{ name: "email", run: async () => void order.push("drain") }],
      close: [{ name: "pool", run: async () => void order.push(`close (in flight answered: ${answered})`) }],
    });
    let answered = false;
    expect(isStopping()).toBe(true);
    await expect(get(port, "/quick")).rejects.toMatchObject({ code: "ECONNREFUSED" });

    release();
    expect(await inFlight).toEqual({ status: 200, body: "first half, second half" });
    answered = true;
    const outcome = await stopping;
    expect(outcome).toMatchObject({ clean: true, unfinished: [] });
    expect(order).toEqual(["drain", "close (in flight answered: true)"]);
    keepAlive.destroy();
  });

  it("at the deadline cuts off what is still going and says what it was", async () => {
    const { server, port, slowArrived } = await serverWithSlowRoute();
    const inFlight = get(port, "/slow").catch((e: NodeJS.ErrnoException) => e.code);
    await slowArrived;
    const outcome = await stopGracefully([server], {
      deadlineMs: 200,
      drain: [{ name: "the email batch in hand", run: () => new Promise<void>(() => {}) }],
      close: [{ name: "the database pool", run: async () => {} }],
    });
    expect(outcome.clean).toBe(false);
    expect(outcome.unfinished).toEqual(["requests in flight", "the email batch in hand"]);
    // The cut-off request ends with a broken connection, not a complete-looking answer.
    expect(await inFlight).toBe("ECONNRESET");
  });

  it("a failing step is logged and does not stop the others", async () => {
    const { server } = await serverWithSlowRoute();
    const lines: string[] = [];
    let closed = false;
    const outcome = await stopGracefully([server], {
      deadlineMs: 5_000,
      drain: [{ name: "the email batch in hand", run: async () => Promise.reject(new Error("database gone")) }],
      close: [{ name: "the database pool", run: async () => void (closed = true) }],
      log: (l) => lines.push(l),
    });
    expect(closed).toBe(true);
    expect(outcome.clean).toBe(true);
    expect(lines[0]).toBe("While stopping, the email batch in hand failed: database gone");
  });
});

describe("the stop deadline", () => {
  it("is 10 s unless CONVENE_STOP_TIMEOUT_SECONDS gives 1 to 300 seconds", () => {
    expect(stopDeadlineMs(undefined)).toBe(10_000);
    expect(stopDeadlineMs("")).toBe(10_000);
    expect(stopDeadlineMs("30")).toBe(30_000);
    expect(stopDeadlineMs("1.5")).toBe(1_500);
    expect(stopDeadlineMs("0")).toBe(10_000);
    expect(stopDeadlineMs("301")).toBe(10_000);
    expect(stopDeadlineMs("soon")).toBe(10_000);
  });
});
