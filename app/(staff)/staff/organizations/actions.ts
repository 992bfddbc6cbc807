"use server";

import { revalidatePath } from "next/cache";
import { createOrganization, updateOrganization } from "@/lib/reference-data/mutations";
import { organizationSchema, updateOrganizationSchema } from "@/lib/reference-data/schema";
import { staffAction } from "@/lib/safe-action";

type Saved = { id: string };

export const createOrganizationAction = staffAction<typeof organizationSchema, Saved>("editor", organizationSchema, async (input, { db, actor }) => {
  const organization = await createOrganization(db, actor, input);
  revalidatePath("/staff/organizations");
  return { ok: true, message: `${organization.name} is in the directory.`, data: { id: organization.id } };
});

export const updateOrganizationAction = staffAction<typeof updateOrganizationSchema, Saved>(
  "editor",
  updateOrganizationSchema,
  async ({ id, ...input }, { db, actor }) => {
    const organization = await updateOrganization(db, actor, id, input);
    revalidatePath("/staff/organizations");
    revalidatePath(`/staff/organizations/${id}`);
    return { ok: true, message: "Saved.", data: { id: organization.id } };
  },
);
