// Types for lib/server/inline-flight.mjs (plain JavaScript: its source is copied into Next's runtimes).
export function inlineFlightText(bytes: Buffer, open: string): Buffer;
