import { z } from "zod";
import { databaseEnvSchema, parseEnv } from "@/db/env";

const APP_URL_MESSAGE = "APP_URL must be the address people use: http:// or https://, a host and perhaps a port, no path (https://events.example.org)";

/** http(s)://host[:port], perhaps with a trailing slash: Next serves Convene at the root of its address. */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
}

// Every environment variable Convene reads, validated once (the database's own
// three are declared in db/env.ts, the layer that reads them).
const schema = databaseEnvSchema.extend({
  // The address people use, and the origin of every absolute address Convene writes (lib/public-url.ts).
  APP_URL: z.string().refine(isOrigin, { message: APP_URL_MESSAGE }).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Convene <events@convene.local>"),
  CONVENE_DEV_MAILBOX: z.enum(["0", "1"]).optional(),
  CONVENE_BENCH: z.enum(["0", "1"]).optional(),
  CONVENE_EMAIL_TIMER: z.enum(["0", "1"]).optional(),
  // Who delivers the outbox: each server process (after a change that queued
  // email, and on a timer), or `npm run email:worker`, a process of its own
  // (lib/email/worker.ts), so that rendering and sending email never takes the
  // time of a guest's page or answer. With "worker" a server only queues.
  CONVENE_EMAIL_DELIVERY: z.enum(["server", "worker"], { message: 'CONVENE_EMAIL_DELIVERY must be "server" or "worker"' }).default("server"),
  // Days a sent email keeps its content (props, attachments) in the outbox; then only what the staff pages show stays.
  CONVENE_EMAIL_RETENTION_DAYS: z.coerce
    .number({ message: "CONVENE_EMAIL_RETENTION_DAYS must be a whole number of days" })
    .int({ message: "CONVENE_EMAIL_RETENTION_DAYS must be a whole number of days" })
    .min(1, { message: "CONVENE_EMAIL_RETENTION_DAYS must be at least 1" })
    .max(3650, { message: "CONVENE_EMAIL_RETENTION_DAYS must be at most 3650" })
    .default(30),
  // Test and tuning switch: how long an email claimed by a deliverer (a
  // server's timer, `npm run email:deliver`) stays its own before another may
  // send it; after a crash, its claimed emails wait this long. Longer than any
  // provider request can take.
  CONVENE_EMAIL_LEASE_SECONDS: z.coerce
    .number({ message: "CONVENE_EMAIL_LEASE_SECONDS must be a whole number of seconds from 5 to 3600" })
    .int({ message: "CONVENE_EMAIL_LEASE_SECONDS must be a whole number of seconds from 5 to 3600" })
    .min(5, { message: "CONVENE_EMAIL_LEASE_SECONDS must be a whole number of seconds from 5 to 3600" })
    .max(3600, { message: "CONVENE_EMAIL_LEASE_SECONDS must be a whole number of seconds from 5 to 3600" })
    .default(60),
  // How many proxies in front of Convene append to X-Forwarded-For (nginx's
  // $proxy_add_x_forwarded_for, a load balancer): the client's address is read
  // that many entries from the right (lib/client-address.ts). 0: no proxy, the
  // socket's address. Too high lets clients choose their address; too low
  // makes everyone behind the proxy share one.
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10" })
    .int({ message: "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10" })
    .min(0, { message: "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10" })
    .max(10, { message: "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10" })
    .default(0),
  // How often each server process moves up waitlists that should have moved
  // (lib/invitations/waitlist-check.ts); 0 turns the check off.
  CONVENE_WAITLIST_CHECK_SECONDS: z.coerce
    .number({ message: "CONVENE_WAITLIST_CHECK_SECONDS must be a whole number of seconds from 0 to 86400" })
    .int({ message: "CONVENE_WAITLIST_CHECK_SECONDS must be a whole number of seconds from 0 to 86400" })
    .min(0, { message: "CONVENE_WAITLIST_CHECK_SECONDS must be a whole number of seconds from 0 to 86400" })
    .max(86400, { message: "CONVENE_WAITLIST_CHECK_SECONDS must be a whole number of seconds from 0 to 86400" })
    .default(60),
  // The longest a graceful stop on SIGTERM may take (lib/server/entry.ts reads
  // it with lib/server/stop-deadline.ts before this schema runs; the same bounds).
  CONVENE_STOP_TIMEOUT_SECONDS: z.coerce
    .number({ message: "CONVENE_STOP_TIMEOUT_SECONDS must be a number of seconds from 1 to 300" })
    .min(1, { message: "CONVENE_STOP_TIMEOUT_SECONDS must be a number of seconds from 1 to 300" })
    .max(300, { message: "CONVENE_STOP_TIMEOUT_SECONDS must be a number of seconds from 1 to 300" })
    .default(10),
}).superRefine((value, ctx) => {
  // The embedded database belongs to the one server process that opened it: no worker can reach its outbox.
  if (value.CONVENE_EMAIL_DELIVERY === "worker" && !value.DATABASE_URL) {
    ctx.addIssue({ code: "custom", path: ["CONVENE_EMAIL_DELIVERY"], message: "CONVENE_EMAIL_DELIVERY=worker needs PostgreSQL (DATABASE_URL): on the embedded database the server delivers its own email" });
  }
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseEnv(schema, source);
}

export const env = readEnv();

export function appUrl(): string {
  return (env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
