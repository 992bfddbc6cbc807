import { STAFF_ROLES } from "@/db/enum-values";

export { STAFF_ROLES };
export type StaffRole = (typeof STAFF_ROLES)[number];

const RANKS: Record<StaffRole, number> = { viewer: 1, editor: 2, admin: 3 };

/** Admins may do everything editors may, editors everything viewers may. */
export function hasRole(actual: StaffRole, required: StaffRole): boolean {
  return RANKS[actual] >= RANKS[required];
}

const ROLE_LABELS: Record<StaffRole, string> = { admin: "Admin", editor: "Editor", viewer: "Viewer" };
export const roleLabel = (role: StaffRole): string => ROLE_LABELS[role];

const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  admin: "Everything editors can do, plus managing staff.",
  editor: "Plans events, invites guests and writes recaps.",
  viewer: "Sees everything, changes nothing.",
};
export const roleDescription = (role: StaffRole): string => ROLE_DESCRIPTIONS[role];
