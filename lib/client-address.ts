import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "@/lib/env";

// Which address a request came from, for the rate limits (sign-in links,
// registrations). Never the leftmost X-Forwarded-For entry: the client writes
// that one. `next start` keeps an X-Forwarded-For the client sent, unchanged
// (it only fills the header in when there is none), so the address of the
// socket itself is stamped on every request by lib/client-address-stamp.ts,
// installed from instrumentation.ts.
//
// The chain is every X-Forwarded-For entry followed by the socket's peer. Each
// trusted proxy in front of Convene appends the address it was connected from,
// so with TRUSTED_PROXY_HOPS = N the client is the entry N places left of the
// peer; with no proxy (0) it is the peer itself.

/** The request header the stamp writes; whatever a client sends under this name is overwritten. */
export const PEER_HEADER = "x-convene-peer";
const STAMPED = Symbol.for("convene.client-address.stamped");

/** Set by the stamp once it is installed in this process: only then is PEER_HEADER the socket's. */
export function markStamped(): void {
  (globalThis as Record<symbol, unknown>)[STAMPED] = true;
}

function isStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[STAMPED] === true;
}

/** Requests whose address cannot be known share this one bucket. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address from the forwarded chain and the socket's peer, as a
 * rate-limit key: IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 by its /64
 * (one household or server holds a whole /64, and could step through it).
 */
export function clientAddressFrom(input: { forwardedFor: string | null; peer: string | null }, trustedHops: number): string {
  if (!input.peer) return UNKNOWN_ADDRESS;
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, input.peer];
  // Fewer entries than trusted hops: the request did not pass through them all; the furthest one is all there is.
  const chosen = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return addressKey(chosen);
}

function addressKey(raw: string): string {
  const address = raw.replace(/^\[(.*)\](:\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return mapped[1];
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
    default:
      return UNKNOWN_ADDRESS;
  }
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.toLowerCase().split("%")[0].split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  // A trailing dotted quad (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) holds two groups.
  const width = (parts: string[]) => parts.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const left = groups(head);
  const right = groups(tail);
  const missing = tail === undefined ? 0 : 8 - width(left) - width(right);
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

/** The address from a request's headers; one shared bucket when this process has no stamp (it then cannot tell). */
export function clientAddressOf(requestHeaders: Headers, trustedHops: number): string {
  if (!isStamped()) return UNKNOWN_ADDRESS;
  return clientAddressFrom({ forwardedFor: requestHeaders.get("x-forwarded-for"), peer: requestHeaders.get(PEER_HEADER) }, trustedHops);
}

/** The address of the request being answered (a server action, a route handler), as TRUSTED_PROXY_HOPS says to read it. */
export async function requestClientAddress(): Promise<string> {
  return clientAddressOf(await headers(), env.TRUSTED_PROXY_HOPS);
}
