import http from "node:http";
import { markStamped, PEER_HEADER } from "./client-address";

// Route handlers and server actions see only headers, never the socket, and
// `next start` passes on an X-Forwarded-For the client made up. So every
// request this process's HTTP server receives gets the socket's own peer
// address written into PEER_HEADER before Next sees it, replacing whatever a
// client put there. Installed once, from instrumentation.ts; the server is
// already listening by then, which is why this hooks the prototype.

const INSTALLED = Symbol.for("convene.client-address.stamp");

export function installClientAddressStamp(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function stampPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
  markStamped();
}
