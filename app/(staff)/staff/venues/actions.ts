"use server";

import { revalidatePath } from "next/cache";
import { createVenue, updateVenue } from "@/lib/reference-data/mutations";
import { updateVenueSchema, venueSchema } from "@/lib/reference-data/schema";
import { staffAction } from "@/lib/safe-action";

type Saved = { id: string };

export const createVenueAction = staffAction<typeof venueSchema, Saved>("editor", venueSchema, async (input, { db, actor }) => {
  const venue = await createVenue(db, actor, input);
  revalidatePath("/staff/venues");
  return { ok: true, message: `${venue.name} is in the list of venues.`, data: { id: venue.id } };
});

export const updateVenueAction = staffAction<typeof updateVenueSchema, Saved>("editor", updateVenueSchema, async ({ id, ...input }, { db, actor }) => {
  const venue = await updateVenue(db, actor, id, input);
  revalidatePath("/staff/venues");
  revalidatePath(`/staff/venues/${id}`);
  return { ok: true, message: "Saved.", data: { id: venue.id } };
});
