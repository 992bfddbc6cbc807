import { describeTarget } from "@/db/cli";
import { databaseEnv } from "@/db/env";
import { openDatabase } from "@/db/client";
import { missingSecretProblem } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { installRedaction, registerSecret } from "@/lib/log/redact";
import { startEmailWorker } from "./worker";

// `npm run email:worker` (in the deployed folder: `node email-worker.js`):
// delivers the outbox until SIGTERM or SIGINT, for servers started with
// CONVENE_EMAIL_DELIVERY=worker. On a stop it sends the batch in hand,
// records it, hands back what it claimed and did not send, and exits 0.
async function main() {
  // As a server's logs: no link, token or secret reaches a line it prints (lib/log/redact.ts).
  for (const value of [env.AUTH_SECRET, env.RESEND_API_KEY, env.RESEND_WEBHOOK_SECRET, env.DATABASE_URL]) registerSecret(value);
  installRedaction();
  // It opens the links sealed in the outbox: the servers' AUTH_SECRET, or nothing.
  const problem = missingSecretProblem();
  if (problem) throw new Error(problem);
  if (!databaseEnv.DATABASE_URL) {
    // The embedded database belongs to the one server process that opened it.
    throw new Error("The email worker needs PostgreSQL (DATABASE_URL): the embedded database is the server's alone, and the server delivers its own email.");
  }
  const handle = openDatabase({ driver: "postgres", url: databaseEnv.DATABASE_URL, max: 2 });
  let sent = 0;
  const worker = startEmailWorker(handle.db, { onRun: (counts) => (sent += counts.sent) });
  console.log(`Email worker delivering the outbox at ${describeTarget()}, every second, until stopped.`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: the email worker sends the batch in hand and stops.`);
    void worker.stop();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  await worker.done;
  await handle.close();
  console.log(`Email worker stopped: ${sent} emails sent.`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
