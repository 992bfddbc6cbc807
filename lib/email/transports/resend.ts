import { Resend, type ErrorResponse } from "resend";
import type { EmailTransport, OutgoingEmail, SendResult } from "./types";

export type ResendTransportOptions = {
  apiKey: string;
  /** Tests point this at a fake server; otherwise the SDK's default (or RESEND_BASE_URL). */
  baseUrl?: string;
  /** The SDK waits forever by default, which would outlive the rows' lease. */
  timeoutMs?: number;
};

// Resend's batch endpoint takes at most 100 emails and no attachments.
const RESEND_MAX_BATCH = 100;
const DEFAULT_RETRY_AFTER_MS = 1_000;

export function resendTransport(options: ResendTransportOptions): EmailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? 30_000;
  let intervalMs = 0;

  // Every Resend answer carries the team's limit; its window is one second.
  // The 3% keeps evenly spaced requests from drifting three into one window:
  // how long the SDK takes to serialise a batch varies by tens of milliseconds.
  function noteRateLimit(headers: Record<string, string> | null) {
    const limit = Number(headers?.["ratelimit-limit"]);
    if (Number.isFinite(limit) && limit > 0) intervalMs = Math.ceil((1000 / limit) * 1.03);
  }

  async function sendOne(message: OutgoingEmail): Promise<SendResult> {
    const { data, error, headers } = await resend.emails.send(
      {
        ...payloadOf(message),
        attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
      },
      // The outbox id is the key, so a send repeated after a crash is answered from Resend's memory, not delivered again.
      { idempotencyKey: message.outboxId, signal: AbortSignal.timeout(timeoutMs) },
    );
    noteRateLimit(headers);
    return error ? failureOf(error, headers) : { ok: true, providerId: data.id };
  }

  async function sendEach(messages: OutgoingEmail[]): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (const message of messages) {
      const previous = results.at(-1);
      // Once Resend asks us to slow down, the rest of these would be refused too.
      if (previous && !previous.ok && previous.retryAfterMs !== undefined) results.push(previous);
      else results.push(await sendOne(message));
    }
    return results;
  }

  async function sendBatch(messages: OutgoingEmail[], batchKey: string): Promise<SendResult[]> {
    const { data, error, headers } = await resend.batch.send(messages.map(payloadOf), {
      idempotencyKey: batchKey,
      signal: AbortSignal.timeout(timeoutMs),
    });
    noteRateLimit(headers);
    if (error) return messages.map(() => failureOf(error, headers));
    const ids = data.data;
    if (ids.length !== messages.length) {
      return messages.map(() => ({ ok: false, error: `Resend answered a batch of ${messages.length} with ${ids.length} ids` }));
    }
    return ids.map((d) => ({ ok: true, providerId: d.id }));
  }

  return {
    name: "resend",
    maxBatch: RESEND_MAX_BATCH,
    async send(messages, batchKey) {
      if (messages.length > RESEND_MAX_BATCH) throw new Error(`Resend takes at most ${RESEND_MAX_BATCH} emails per request`);
      const alone = messages.length === 1 || messages.some((m) => m.attachments.length > 0);
      return alone ? sendEach(messages) : sendBatch(messages, batchKey);
    },
    requestIntervalMs: () => intervalMs,
  };
}

function payloadOf(message: OutgoingEmail) {
  return { from: message.from, to: message.to, subject: message.subject, html: message.html, text: message.text, ...(message.replyTo ? { replyTo: message.replyTo } : {}), ...(message.headers ? { headers: message.headers } : {}) };
}

function failureOf(error: ErrorResponse, headers: Record<string, string> | null): SendResult {
  const status = error.statusCode;
  const description = `Resend ${status ?? "network error"} ${error.name}: ${error.message}`;
  if (status === 429) return { ok: false, error: description, retryAfterMs: retryAfterMs(headers?.["retry-after"]) };
  // Another request with this key is still in flight; asking again later gets its answer.
  if (error.name === "concurrent_idempotent_requests") return { ok: false, error: description };
  if (status !== null && status >= 400 && status < 500) return { ok: false, error: description, permanent: true };
  return { ok: false, error: description };
}

/** `retry-after` is seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}
