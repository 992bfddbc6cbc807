"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// The same instant in the reader's own zone; the server cannot know it, so
// it renders after hydration (and says nothing until then).
export function LocalTime({ date }: { date: Date }) {
  const text = useSyncExternalStore(
    subscribe,
    () => new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(date),
    () => "",
  );
  return <time dateTime={date.toISOString()}>{text}</time>;
}
