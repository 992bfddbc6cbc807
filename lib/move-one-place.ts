// Pure: staff move a speaker, a recap's link or a photo one place up or down
// its list, and each list is renumbered the same way.

/** The list with the item moved one place, and where it was and went; null when it is already at that end. */
export function moveOnePlace<T extends { id: string }>(items: readonly T[], id: string, direction: "up" | "down") {
  const from = items.findIndex((item) => item.id === id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= items.length) return null;
  const order = [...items];
  [order[from], order[to]] = [order[to], order[from]];
  return { from, to, order };
}
