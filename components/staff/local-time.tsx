"use client";

import { useSyncExternalStore } from "react";
import { formatShortWhen } from "@/lib/events/time";

const subscribe = () => () => {};

// The same instant in the reader's own zone; the server cannot know it, so
// it renders after hydration (and says nothing until then).
export function LocalTime({ date }: { date: Date }) {
  const text = useSyncExternalStore(
    subscribe,
    // The house style, as every other time on the page: "Thu 10 Dec, 3 pm EST".
    () => formatShortWhen(date, Intl.DateTimeFormat().resolvedOptions().timeZone),
    () => "",
  );
  return <time dateTime={date.toISOString()}>{text}</time>;
}
