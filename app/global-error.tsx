"use client";

import { DATABASE_UNAVAILABLE } from "@/db/unavailable";

// The last resort when the root layout itself fails: no styles can be assumed.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = error.digest === DATABASE_UNAVAILABLE;
  const heading = databaseDown ? "Convene can't reach its database" : "This page could not be shown";
  return (
    <html lang="en">
      <head>
        <title>{heading}</title>
      </head>
      <body style={{ fontFamily: "system-ui, sans-serif", color: "#14213d", background: "#faf8f4", padding: "4rem 1.5rem", textAlign: "center" }}>
        <main>
          <h1 style={{ fontFamily: "Georgia, serif" }}>{heading}</h1>
          <p>{databaseDown ? "This is on our side and usually passes within a minute. Nothing you entered has been lost. Please try again in a minute." : "Please try again in a moment."}</p>
          <button type="button" onClick={reset} style={{ padding: "0.75rem 1.25rem", background: "#14213d", color: "#fff", border: 0, borderRadius: 6 }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
