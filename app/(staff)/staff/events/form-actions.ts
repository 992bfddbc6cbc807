import type { EventFormActions } from "@/components/events/event-form";
import { createOrganizationAction } from "../organizations/actions";
import { createProgramAction } from "../programs/actions";
import { createVenueAction } from "../venues/actions";
import { saveEvent } from "./actions";

/** What the event form (new and edit pages) calls: saving, and adding a venue, co-host or programme area without leaving it. */
export const eventFormActions: EventFormActions = {
  save: saveEvent,
  createVenue: createVenueAction,
  createOrganization: createOrganizationAction,
  createProgram: createProgramAction,
};
