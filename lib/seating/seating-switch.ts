/** Whether an event has a table plan: staff's switch, else on for dinners. */
export const hasSeating = (e: { seatingEnabled: boolean | null; format: string }): boolean => e.seatingEnabled ?? e.format === "dinner";
