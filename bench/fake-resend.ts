// The Resend stand-in (lib/test/fake-resend.ts) as its own process for the
// bench, as the real API is: 2 requests a second, batches of at most 100.
// Prints its address once listening; on SIGTERM writes what it received to
// BENCH_RESEND_STATS and exits.
import { writeFileSync } from "node:fs";
import { startFakeResend } from "@/lib/test/fake-resend";

async function main() {
  const port = Number(process.env.BENCH_RESEND_PORT ?? "0");
  const requestsPerSecond = Number(process.env.BENCH_RESEND_RPS ?? "2");
  const statsFile = process.env.BENCH_RESEND_STATS;
  const fake = await startFakeResend({ requestsPerSecond, port });
  console.log(`listening ${fake.url}`);
  process.on("SIGTERM", () => {
    if (statsFile) {
      const requests = fake.requests.map(({ path, count, status, at }) => ({ path, count, status, at }));
      writeFileSync(statsFile, JSON.stringify({ requestsPerSecond, delivered: fake.sent.length, requests }));
    }
    fake.close().finally(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
