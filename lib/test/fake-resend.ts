import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  /** As Resend's API names it: reply_to. */
  replyTo?: string | string[];
  html?: string;
  text?: string;
  attachments: { filename?: string; content?: string; content_type?: string }[];
  /** The message headers the request asked for (List-Unsubscribe, …). */
  headers: Record<string, string>;
  /** The Idempotency-Key of the request that delivered it. */
  idempotencyKey: string | null;
};

export type FakeRequest = {
  path: string;
  idempotencyKey: string | null;
  count: number;
  status: number;
  /** Date.now() on arrival */
  at: number;
  /** The API key it came with: tests give each deliverer process its own, to tell them apart. */
  apiKey: string | null;
  /** Emails this request delivered (0 when answered from the idempotency memory or refused). */
  delivered: number;
};

export type FakeResend = {
  url: string;
  /** Unique deliveries: a request replayed under its Idempotency-Key adds nothing. */
  sent: FakeEmail[];
  /** Every request, refused or not, in arrival order. */
  requests: FakeRequest[];
  close(): Promise<void>;
};

type Stored = { path: string; bodyHash: string; status: number; body: unknown };
type EmailPayload = { from?: unknown; to?: unknown; subject?: unknown; html?: unknown; text?: unknown; attachments?: unknown; headers?: unknown; reply_to?: unknown };

const MAX_BATCH = 100;

/**
 * A stand-in for the Resend API on 127.0.0.1: `POST /emails` and
 * `POST /emails/batch`, Idempotency-Key replays, the 100-email batch limit and,
 * optionally, a requests-per-second limit answered with 429 and `retry-after`.
 */
export async function startFakeResend(
  options: {
    requestsPerSecond?: number;
    /** Send Resend's `ratelimit-*` headers with every answer (default true); without them the deliverer must learn the limit from 429s. */
    rateLimitHeaders?: boolean;
    /**
     * Awaited after a request has delivered its emails (and its answer is
     * remembered under its Idempotency-Key), before the answer goes back:
     * lets a test hold the answer while it kills the sender, or slow answers down.
     */
    beforeAnswer?: (request: FakeRequest) => Promise<void> | void;
    /** Port on 127.0.0.1 (default: any free one). */
    port?: number;
  } = {},
): Promise<FakeResend> {
  const opts = { rateLimitHeaders: true, ...options };
  const sent: FakeEmail[] = [];
  const requests: FakeRequest[] = [];
  const remembered = new Map<string, Stored>();
  let window = { second: -1, count: 0 };

  function answer(res: ServerResponse, request: FakeRequest, status: number, body: unknown, headers: Record<string, string> = {}) {
    request.status = status;
    res.writeHead(status, { "content-type": "application/json", ...rateLimitHeaders(), ...headers });
    res.end(JSON.stringify(body));
  }

  function error(res: ServerResponse, request: FakeRequest, status: number, name: string, message: string, headers?: Record<string, string>) {
    answer(res, request, status, { statusCode: status, name, message }, headers);
  }

  function deliver(payload: EmailPayload, idempotencyKey: string | null): { id: string } {
    const email: FakeEmail = {
      id: randomUUID(),
      from: String(payload.from),
      to: Array.isArray(payload.to) ? payload.to.map(String) : [String(payload.to)],
      subject: String(payload.subject),
      ...(payload.reply_to === undefined ? {} : { replyTo: payload.reply_to as string | string[] }),
      html: typeof payload.html === "string" ? payload.html : undefined,
      text: typeof payload.text === "string" ? payload.text : undefined,
      attachments: Array.isArray(payload.attachments) ? payload.attachments : [],
      headers: payload.headers && typeof payload.headers === "object" && !Array.isArray(payload.headers) ? (payload.headers as Record<string, string>) : {},
      idempotencyKey,
    };
    sent.push(email);
    return { id: email.id };
  }

  // Resend describes the limit on every answer, refused or not.
  function rateLimitHeaders(): Record<string, string> {
    if (opts.requestsPerSecond === undefined || !opts.rateLimitHeaders) return {};
    return {
      "ratelimit-limit": String(opts.requestsPerSecond),
      "ratelimit-remaining": String(Math.max(0, opts.requestsPerSecond - window.count)),
      "ratelimit-reset": "1",
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? "/").split("?")[0];
    const idempotencyKey = header(req, "idempotency-key");
    const raw = await readBody(req);
    const apiKey = header(req, "authorization")?.replace(/^Bearer /, "") ?? null;
    const request: FakeRequest = { path, idempotencyKey, count: 0, status: 0, at: Date.now(), apiKey, delivered: 0 };
    requests.push(request);

    if (req.method !== "POST" || (path !== "/emails" && path !== "/emails/batch")) {
      return error(res, request, 404, "not_found", "The requested endpoint does not exist.");
    }
    if (!header(req, "authorization")?.startsWith("Bearer ")) return error(res, request, 401, "missing_api_key", "Missing API key in the authorization header.");

    if (opts.requestsPerSecond !== undefined) {
      const second = Math.floor(Date.now() / 1000);
      if (window.second !== second) window = { second, count: 0 };
      window.count++;
      if (window.count > opts.requestsPerSecond) {
        return error(res, request, 429, "rate_limit_exceeded", `Too many requests. You can only make ${opts.requestsPerSecond} requests per second.`, {
          "retry-after": "1",
        });
      }
    }

    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return error(res, request, 422, "validation_error", "The request body is not valid JSON.");
    }
    const payloads = path === "/emails/batch" ? body : [body];
    if (!Array.isArray(payloads)) return error(res, request, 422, "validation_error", "A batch must be an array of emails.");
    request.count = payloads.length;

    const rememberKey = idempotencyKey ? `${path}\n${idempotencyKey}` : null;
    const bodyHash = createHash("sha256").update(raw).digest("hex");
    const previous = rememberKey ? remembered.get(rememberKey) : undefined;
    if (previous) {
      if (previous.bodyHash !== bodyHash) {
        return error(res, request, 409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
      }
      return answer(res, request, previous.status, previous.body);
    }

    if (path === "/emails/batch" && payloads.length > MAX_BATCH) {
      return error(res, request, 422, "validation_error", `Too many emails in a batch: at most ${MAX_BATCH}.`);
    }
    const invalid = payloads.find((p: EmailPayload) => !p || typeof p.from !== "string" || !p.to || typeof p.subject !== "string");
    if (invalid !== undefined) return error(res, request, 422, "validation_error", "Each email needs from, to and subject.");
    if (path === "/emails/batch" && payloads.some((p: EmailPayload) => p.attachments !== undefined)) {
      return error(res, request, 422, "validation_error", "Attachments are not supported in batch sends.");
    }

    const ids = payloads.map((p: EmailPayload) => deliver(p, idempotencyKey));
    request.delivered = ids.length;
    const responseBody = path === "/emails/batch" ? { data: ids } : ids[0];
    if (rememberKey) remembered.set(rememberKey, { path, bodyHash, status: 200, body: responseBody });
    await opts.beforeAnswer?.(request);
    // The sender may be gone by now (killed while we held the answer): nothing to answer.
    if (res.destroyed || req.socket.destroyed) return;
    answer(res, request, 200, responseBody);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ statusCode: 500, name: "internal_server_error", message: e instanceof Error ? e.message : String(e) }));
    });
  });
  // Node closes idle connections after 5 s; on a busy test machine a request
  // can race that close and fail as a network error, which is not under test.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
