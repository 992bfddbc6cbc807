/** How many of the organizations that never came the page and the print view list (the CSV has them all). */
export const NEVER_CAME_SHOWN = 25;
