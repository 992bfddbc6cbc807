import { z } from "zod";
import { STAFF_ROLES } from "@/lib/auth/roles";

export const staffEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter an email address like name@example.org" }).max(254, "That address is too long"));

export const addStaffSchema = z.object({
  email: staffEmail,
  name: z.string().trim().min(1, "Enter the person’s name").max(120, "Keep the name under 120 characters"),
  role: z.enum(STAFF_ROLES, { message: "Choose a role" }),
});
export type AddStaffInput = z.infer<typeof addStaffSchema>;

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(STAFF_ROLES, { message: "Choose a role" }),
});

export const removeStaffSchema = z.object({ userId: z.string().min(1).max(64) });
