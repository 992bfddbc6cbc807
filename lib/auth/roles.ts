import { STAFF_ROLES } from "@/db/enum-values";

export { STAFF_ROLES };
export type StaffRole = (typeof STAFF_ROLES)[number];

function rank(role: StaffRole): number {
  switch (role) {
    case "viewer":
      return 1;
    case "editor":
      return 2;
    case "admin":
      return 3;
    default:
      return role satisfies never;
  }
}

/** Admins may do everything editors may, editors everything viewers may. */
export function hasRole(actual: StaffRole, required: StaffRole): boolean {
  return rank(actual) >= rank(required);
}

export function roleLabel(role: StaffRole): string {
  switch (role) {
    case "admin":
      return "Admin";
    case "editor":
      return "Editor";
    case "viewer":
      return "Viewer";
    default:
      return role satisfies never;
  }
}

export function roleDescription(role: StaffRole): string {
  switch (role) {
    case "admin":
      return "Everything editors can do, plus managing staff.";
    case "editor":
      return "Plans events, invites guests and writes recaps.";
    case "viewer":
      return "Sees everything, changes nothing.";
    default:
      return role satisfies never;
  }
}
