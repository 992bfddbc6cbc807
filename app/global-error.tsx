"use client";

// The last resort when the root layout itself fails: no styles can be assumed.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", color: "#14213d", background: "#faf8f4", padding: "4rem 1.5rem", textAlign: "center" }}>
        <h1 style={{ fontFamily: "Georgia, serif" }}>This page could not be shown</h1>
        <p>Please try again in a moment.</p>
        <button type="button" onClick={reset} style={{ padding: "0.75rem 1.25rem", background: "#14213d", color: "#fff", border: 0, borderRadius: 6 }}>
          Try again
        </button>
      </body>
    </html>
  );
}
