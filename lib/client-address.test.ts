import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressFrom, clientAddressOf, PEER_HEADER, UNKNOWN_ADDRESS } from "./client-address";
import { installClientAddressStamp } from "./client-address-stamp";

const from = (forwardedFor: string | null, peer: string | null, hops: number) => clientAddressFrom({ forwardedFor, peer }, hops);

describe("the client's address", () => {
  it("with no proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(from(null, "198.51.100.4", 0)).toBe("198.51.100.4");
    // Rotating the header gets nowhere: every spoofed value gives the same address.
    const seen = new Set(Array.from({ length: 30 }, (_, i) => from(`203.0.113.${i}`, "198.51.100.4", 0)));
    expect([...seen]).toEqual(["198.51.100.4"]);
    expect(from("203.0.113.9, 10.0.0.1", "::ffff:198.51.100.4", 0)).toBe("198.51.100.4");
  });

  it("behind N trusted proxies, is the entry N places left of the peer, never the leftmost", () => {
    // nginx appended the client it saw (192.0.2.10) to what the client claimed (203.0.113.9).
    expect(from("203.0.113.9, 192.0.2.10", "10.0.0.2", 1)).toBe("192.0.2.10");
    expect(from("192.0.2.10", "10.0.0.2", 1)).toBe("192.0.2.10");
    // A load balancer (10.0.0.5) in front of nginx (10.0.0.2).
    expect(from("203.0.113.9, 192.0.2.10, 10.0.0.5", "10.0.0.2", 2)).toBe("192.0.2.10");
    const seen = new Set(Array.from({ length: 30 }, (_, i) => from(`203.0.113.${i}, 192.0.2.10`, "10.0.0.2", 1)));
    expect([...seen]).toEqual(["192.0.2.10"]);
  });

  it("with fewer entries than trusted hops, takes the furthest there is", () => {
    expect(from(null, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(from("192.0.2.10", "10.0.0.2", 3)).toBe("192.0.2.10");
  });

  it("groups IPv6 by /64, unwraps IPv4-mapped addresses, and puts garbage in one bucket", () => {
    expect(from(null, "2001:db8:1:2:aaaa::1", 0)).toBe("2001:db8:1:2::/64");
    expect(from(null, "2001:db8:1:2:bbbb:cccc:dddd:eeee", 0)).toBe("2001:db8:1:2::/64");
    expect(from(null, "2001:0db8:0001:0002::9", 0)).toBe("2001:db8:1:2::/64");
    expect(from(null, "::1", 0)).toBe("0:0:0:0::/64");
    expect(from(null, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(from("[2001:db8::1]:443", "10.0.0.2", 1)).toBe("2001:db8:0:0::/64");
    expect(from("192.0.2.10:5555", "10.0.0.2", 1)).toBe("192.0.2.10");
    expect(from("not-an-address", "10.0.0.2", 1)).toBe(UNKNOWN_ADDRESS);
    expect(from(`${"x".repeat(10_000)}`, "10.0.0.2", 1)).toBe(UNKNOWN_ADDRESS);
    expect(from(null, null, 0)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("the socket stamp", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installClientAddressStamp();
    // A plain Node server, as `next start` runs: the stamp writes the socket's peer into each request.
    server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      res.end(JSON.stringify({ address: clientAddressOf(headers, 0), peer: req.headers[PEER_HEADER] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("replaces whatever a client sends as the peer, and makes a spoofed X-Forwarded-For useless", async () => {
    for (const [name, value] of [
      ["x-forwarded-for", "203.0.113.77"],
      [PEER_HEADER, "203.0.113.78"],
    ]) {
      const answer = (await (await fetch(url, { headers: { [name]: value } })).json()) as { address: string; peer: string };
      expect(answer.address).toBe("127.0.0.1");
      expect(answer.peer).toBe("127.0.0.1");
    }
  });
});
