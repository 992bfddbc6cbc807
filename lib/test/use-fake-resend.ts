import { afterAll, beforeAll } from "vitest";
import { startFakeResend, type FakeResend } from "./fake-resend";

/** A fake Resend for the whole test file, started before its tests and closed after them. */
export function useFakeResend(options?: Parameters<typeof startFakeResend>[0]) {
  let fake: FakeResend | undefined;
  beforeAll(async () => {
    fake = await startFakeResend(options);
  });
  afterAll(async () => {
    await fake?.close();
  });
  const started = () => {
    if (!fake) throw new Error("The fake Resend has not started yet");
    return fake;
  };
  return {
    get url() {
      return started().url;
    },
    get sent() {
      return started().sent;
    },
    get requests() {
      return started().requests;
    },
    /** Forgets what it received, for the next test. */
    forget() {
      started().sent.length = 0;
      started().requests.length = 0;
    },
  };
}
