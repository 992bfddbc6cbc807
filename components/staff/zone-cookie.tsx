"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Tells the server the reader's time zone, so staff pages can show "your
// time" next to each event's own. Refreshes once when it first learns it.
export function ZoneCookie({ known }: { known: string | null }) {
  const router = useRouter();
  useEffect(() => {
    // Staff pages are interactive from here on; tests wait for this mark before clicking client controls.
    document.documentElement.dataset.hydrated = "true";
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === known || sessionStorage.getItem("convene-tz-sent") === zone) return;
    // Once per session, so a zone the server does not accept cannot loop.
    sessionStorage.setItem("convene-tz-sent", zone);
    document.cookie = `convene-tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [known, router]);
  return null;
}
