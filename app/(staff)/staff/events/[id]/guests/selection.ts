import "server-only";

import { isUuid } from "@/lib/ids";

/** Ids chosen on the guest list (?ids=…&ids=…), well-formed ones only, at most 10 000. */
export function chosenIds(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return [...new Set(list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(isUuid))].slice(0, 10_000);
}
