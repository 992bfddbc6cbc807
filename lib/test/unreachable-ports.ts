import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterAll, beforeAll } from "vitest";

/**
 * Two local ports where no database answers, for the suite that calls it: one
 * takes connections and drops them, one refuses them (it was free a moment ago).
 */
export function useUnreachablePorts(): { refused: () => number; dropped: () => number } {
  let dropper: Server;
  let refusedPort = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    dropper = createServer((s) => s.destroy());
    dropper.on("connection", (s) => sockets.add(s));
    await new Promise<void>((resolve) => dropper.listen(0, "127.0.0.1", resolve));
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    refusedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => dropper.close(() => resolve()));
  });
  return { refused: () => refusedPort, dropped: () => (dropper.address() as AddressInfo).port };
}
