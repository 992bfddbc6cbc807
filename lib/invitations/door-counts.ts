// Pure: the door's tablet counts the list it holds (with the arrivals it has
// marked since), and the tests count the list the database gives.

type Counted = { status: string; source: string; plusOneName: string | null; checkedInAt: Date | string | null };

/** The door's numbers: expected (accepted, with the people they bring), arrived, walk-ins. */
export function doorCounts(list: readonly Counted[]) {
  const expected = list.filter((g) => g.status === "accepted" && g.source !== "walk_in").reduce((n, g) => n + 1 + (g.plusOneName ? 1 : 0), 0);
  const arrived = list.filter((g) => g.checkedInAt).length;
  const walkIns = list.filter((g) => g.source === "walk_in").length;
  return { expected, arrived, walkIns };
}
