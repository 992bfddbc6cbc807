"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { DATABASE_UNAVAILABLE } from "@/db/unavailable";

// Shown for any unexpected failure: plain words, a way to retry, no detail
// of what went wrong inside (that goes to the server log). The browser gets
// only the error's digest; one digest says the database is out of reach.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = error.digest === DATABASE_UNAVAILABLE;
  const router = useRouter();
  // A server error needs the server's page again, not only a fresh render of what the browser has.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  useEffect(() => {
    console.error(error.digest ?? "unexpected error");
  }, [error]);
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-surface px-5">
      <title>{databaseDown ? "Convene can't reach its database" : "This page could not be shown"}</title>
      <div className="max-w-md text-center">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-danger">{databaseDown ? "Temporarily unavailable" : "Something went wrong"}</p>
        <h1 className="mt-3 font-serif text-4xl text-ink">{databaseDown ? "Convene can't reach its database" : "This page could not be shown"}</h1>
        <p className="mt-4 leading-relaxed text-muted">
          {databaseDown
            ? "This is on our side, not yours, and usually passes within a minute. Nothing you entered has been lost. Please try again in a minute."
            : "Nothing you entered has been lost. Please try again in a moment; if it keeps happening, write to the events office."}
        </p>
        {error.digest && !databaseDown ? <p className="mt-2 text-xs text-muted">Reference: {error.digest}</p> : null}
        <p className="mt-8 flex justify-center gap-3">
          <button
            type="button"
            onClick={retry}
            className="inline-flex min-h-11 items-center rounded-md bg-ink px-5 font-medium text-paper hover:bg-ink-soft"
          >
            Try again
          </button>
          <Link href="/" className="inline-flex min-h-11 items-center rounded-md border border-line-strong px-5 font-medium text-ink">
            Home
          </Link>
        </p>
      </div>
    </main>
  );
}
