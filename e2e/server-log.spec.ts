import fs from "node:fs";
import { expect, test } from "./fixtures";

// Runs after the journeys (files run in name order): by now the server has
// issued sign-in links, guest links, sessions, and logged whatever it logs.
test("the server's log holds no guest link, sign-in token, session or secret", async ({ request }) => {
  // Make sure it has had occasion to log links: a forged guest link and a bad sign-in token.
  await request.get(`/rsvp/${"Q".repeat(43)}`);
  await request.get(`/sign-in/verify?token=${"Z".repeat(43)}&email=admin%40convene.local`);
  const file = process.env.E2E_SERVER_LOG ?? "test-results/server.log";
  test.skip(!fs.existsSync(file), "the server was not started by e2e/serve.mjs");
  const log = fs.readFileSync(file, "utf8");
  expect(log.length).toBeGreaterThan(0);
  expect(log).not.toMatch(/\/rsvp\/[A-Za-z0-9_-]{20,}/);
  expect(log).not.toMatch(/[?&]token=[A-Za-z0-9_-]{20,}/);
  expect(log).not.toMatch(/authjs\.session-token=[A-Za-z0-9_-]/);
  expect(log).not.toContain("e2e-only-secret-not-for-production-use");
  expect(log).not.toMatch(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/);
});
