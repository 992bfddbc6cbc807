// "Add to calendar" and "Share" on a public event page: plain links, no
// script. Google and Outlook take the event in their own address formats;
// everyone else takes the event's .ics file (app/(public)/events/[slug]/calendar.ics).

export type LinkedEvent = {
  slug: string;
  title: string;
  summary: string | null;
  startsAt: Date;
  endsAt: Date;
  /** "Venue, City", or null. */
  location: string | null;
};

/** 20261205T150000Z: the UTC form both calendars accept. */
export function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

function details(event: LinkedEvent, pageUrl: string): string {
  return [event.summary?.trim(), pageUrl].filter(Boolean).join("\n\n");
}

export function eventPageUrl(origin: string, slug: string): string {
  return `${origin}/events/${encodeURIComponent(slug)}`;
}

export function googleCalendarUrl(event: LinkedEvent, origin: string): string {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${utcStamp(event.startsAt)}/${utcStamp(event.endsAt)}`,
    details: details(event, eventPageUrl(origin, event.slug)),
  });
  if (event.location) params.set("location", event.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookCalendarUrl(event: LinkedEvent, origin: string): string {
  const params = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: event.title,
    startdt: event.startsAt.toISOString(),
    enddt: event.endsAt.toISOString(),
    body: details(event, eventPageUrl(origin, event.slug)),
  });
  if (event.location) params.set("location", event.location);
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params}`;
}

export function icsPath(slug: string): string {
  return `/events/${encodeURIComponent(slug)}/calendar.ics`;
}

export type ShareLink = { label: string; href: string };

/** Email, LinkedIn and X: where an institute's audience passes an event on. */
export function shareLinks(event: Pick<LinkedEvent, "slug" | "title">, origin: string): ShareLink[] {
  const url = eventPageUrl(origin, event.slug);
  return [
    { label: "Email", href: `mailto:?${new URLSearchParams({ subject: event.title, body: url }).toString().replace(/\+/g, "%20")}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}` },
    { label: "X", href: `https://x.com/intent/post?${new URLSearchParams({ text: event.title, url })}` },
  ];
}
