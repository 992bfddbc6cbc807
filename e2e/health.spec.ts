import fs from "node:fs";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";

// What a balancer asks (lib/health.ts): /api/health while the process
// lives, /api/ready while the database answers with its migrations current.
// Outside sign-in, never cached, and not written to the log on every probe.
// (The database going away: e2e/database-outage.spec.ts.)

test("/api/health and /api/ready answer JSON, uncached, to anyone, and leave no line in the log", { tag: "@pglite" }, async ({ request }) => {
  const health = await request.get("/api/health", { maxRedirects: 0 });
  expect(health.status()).toBe(200);
  expect(health.headers()["content-type"]).toMatch(/^application\/json/);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await request.get("/api/ready", { maxRedirects: 0 });
  expect(ready.status()).toBe(200);
  expect(ready.headers()["content-type"]).toMatch(/^application\/json/);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ok" });

  // A cookie that opens no session changes nothing: they are outside sign-in.
  const forged = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT}`, extraHTTPHeaders: { cookie: "authjs.session-token=forged" } });
  try {
    expect((await forged.get("/api/ready", { maxRedirects: 0 })).status()).toBe(200);
  } finally {
    await forged.dispose();
  }

  // A balancer probes every few seconds: none of it reaches the log.
  for (let i = 0; i < 5; i++) {
    await request.get("/api/health");
    await request.get("/api/ready");
  }
  const file = process.env.E2E_SERVER_LOG ?? "test-results/server.log";
  test.skip(!fs.existsSync(file), "the server was not started by e2e/serve.mjs");
  const log = fs.readFileSync(file, "utf8");
  expect(log).not.toContain("/api/health");
  expect(log).not.toContain("/api/ready");
});
