import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed — Convene" };

export default function Forbidden() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-surface px-5">
      <div className="max-w-md text-center">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-danger">Error 403</p>
        <h1 className="mt-3 font-serif text-4xl text-ink">This page needs another role</h1>
        <p className="mt-4 leading-relaxed text-muted">
          Your account can see Convene but not change this. If you need to, ask an admin to give you the editor or admin
          role.
        </p>
        <p className="mt-8">
          <Link href="/staff" className="inline-flex min-h-11 items-center rounded-md bg-ink px-5 font-medium text-paper hover:bg-ink-soft">
            Back to the dashboard
          </Link>
        </p>
      </div>
    </main>
  );
}
