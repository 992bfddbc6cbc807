"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

type Delivery = { queued: number; sent: number; failed: number };

/** Follows a send until the outbox has delivered it, then refreshes the counts. */
export function SendProgress({ url, initial }: { url: string; initial: Delivery }) {
  const [d, setD] = useState(initial);
  const router = useRouter();
  useEffect(() => {
    if (d.queued === 0) return;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(url, { cache: "no-store" });
        if (res.ok) {
          const next = (await res.json()) as Delivery;
          setD(next);
          if (next.queued === 0) router.refresh();
        }
      } catch {
        // A missed poll is retried on the next tick.
        setD((x) => ({ ...x }));
      }
    }, 1500);
    return () => clearTimeout(timer);
  }, [d, url, router]);
  if (d.queued === 0) return null;
  const total = d.queued + d.sent + d.failed;
  const done = d.sent + d.failed;
  return (
    <div className="rounded-md border border-accent/30 bg-accent-tint/40 p-4">
      <label htmlFor="send-progress" className="text-sm font-medium text-ink">
        Invitations going out: {done.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}
      </label>
      <progress id="send-progress" max={total} value={done} className="mt-2 block h-2 w-full accent-accent" />
    </div>
  );
}
