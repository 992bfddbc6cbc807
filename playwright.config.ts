import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// One free port for the whole run: the config is loaded again in every
// worker, so the first load picks it and the workers inherit it.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
}
const port = Number(process.env.E2E_PORT);
// An address like an operator's own (not `localhost`, which Next's server
// assumes when it builds a request's URL), so anything that forgets APP_URL
// sends the browser somewhere else and a test fails.
const baseURL = `http://127.0.0.1:${port}`;
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: "e2e",
  // Two runs side by side (e2e/run.mjs) keep their traces, states and reports apart.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Generous, only to stop a hang: CI runs two suites and Vitest side by side on
  // two shared cores, and a journey that takes 30 s idle has taken over a minute there.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/e2e.json" }]] : [["list"]],
  use: {
    baseURL,
    // In CI a trace is recorded only for a failed journey's retry: recording
    // every journey (screencast and snapshots) took one journey measured from
    // 80 s to 97 s on an idle machine. A first failure still leaves its error-context.md (the page as an
    // ARIA snapshot) and its message; locally, every failure keeps its trace.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    // axe measures colours at rest, not halfway through a toast's fade-in
    // (globals.css stills animations for people who ask for less motion).
    reducedMotion: "reduce",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh database (its own PGlite folder, or DATABASE_URL) with the demo data, then the production build.
    command: `node e2e/serve.mjs`,
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    // Stopped as an operator stops it: SIGTERM, and the artifact's graceful stop
    // (e2e/serve.mjs then removes its copy of the artifact).
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
    // Only what the README's Environment table tells an operator to set (PORT is
    // `next start`'s own); e2e/staff-sign-in.spec.ts checks that it stays so.
    env: {
      PORT: String(port),
      APP_URL: baseURL,
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
      AUTH_SECRET: "e2e-only-secret-not-for-production-use",
      CONVENE_DEV_MAILBOX: "1",
      // Off, so a waitlist a test leaves stranded stays so until the test moves it (e2e/waitlist-check.spec.ts).
      CONVENE_WAITLIST_CHECK_SECONDS: "0",
      // So the webhook's signature check is what refuses unsigned posts (e2e/authorization.spec.ts).
      RESEND_WEBHOOK_SECRET: "whsec_Y29udmVuZS1lMmUtd2ViaG9vay1zZWNyZXQhIQ==",
    },
  },
});
