/** "the Government of Sierra Leone and Catalyst for Peace"; "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The public line under an event: "Co-hosted with the Government of Sierra Leone and Catalyst for Peace". */
export function cohostLine(names: readonly string[]): string | null {
  return names.length ? `Co-hosted with ${joinNames(names)}` : null;
}
