import { connect, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export type ProxyMode = "open" | "refuse" | "drop" | "hang";

export type TcpProxy = {
  port: number;
  /** open: forwards; refuse: nothing listens (ECONNREFUSED); drop: accepts and closes at once; hang: accepts and never answers. */
  set(mode: ProxyMode): Promise<void>;
  /** Connections accepted so far. */
  accepted(): number;
  close(): Promise<void>;
};

/**
 * A TCP proxy between Convene and PostgreSQL that a test can cut. Changing
 * the mode destroys every open connection, as a database restart or a
 * network failure would; "refuse" closes the listening socket itself.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = "open";
  let accepted = 0;
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => {});
  };
  const server: Server = createServer((client) => {
    accepted++;
    track(client);
    if (mode === "drop") return client.destroy();
    if (mode === "hang") return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  server.on("error", () => {});
  const listen = (port: number) => new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const cutAll = () => {
    for (const s of sockets) s.destroy();
  };
  return {
    port,
    async set(next) {
      cutAll();
      if (next === "refuse" && server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      if (next !== "refuse" && !server.listening) await listen(port);
      mode = next;
    },
    accepted: () => accepted,
    async close() {
      cutAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
