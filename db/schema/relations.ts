import { relations } from "drizzle-orm";
import { assets } from "./assets";
import { users } from "./auth";
import { organizations, people, programs, venues } from "./directory";
import { agendaItems, eventCohosts, eventSpeakers, events, speakerAgendaItems } from "./events";
import { invitations } from "./invitations";
import { recapLinks, recapPhotos, recaps } from "./recaps";

export const eventsRelations = relations(events, ({ one, many }) => ({
  venue: one(venues, { fields: [events.venueId], references: [venues.id] }),
  program: one(programs, { fields: [events.programId], references: [programs.id] }),
  createdBy: one(users, { fields: [events.createdById], references: [users.id] }),
  cover: one(assets, { fields: [events.coverAssetId], references: [assets.id] }),
  cohosts: many(eventCohosts),
  speakers: many(eventSpeakers),
  agendaItems: many(agendaItems),
  invitations: many(invitations),
  recap: one(recaps, { fields: [events.id], references: [recaps.eventId] }),
}));

export const eventCohostsRelations = relations(eventCohosts, ({ one }) => ({
  event: one(events, { fields: [eventCohosts.eventId], references: [events.id] }),
  organization: one(organizations, { fields: [eventCohosts.organizationId], references: [organizations.id] }),
}));

export const eventSpeakersRelations = relations(eventSpeakers, ({ one, many }) => ({
  event: one(events, { fields: [eventSpeakers.eventId], references: [events.id] }),
  person: one(people, { fields: [eventSpeakers.personId], references: [people.id] }),
  agendaItems: many(speakerAgendaItems),
}));

export const agendaItemsRelations = relations(agendaItems, ({ one, many }) => ({
  event: one(events, { fields: [agendaItems.eventId], references: [events.id] }),
  speakers: many(speakerAgendaItems),
}));

export const speakerAgendaItemsRelations = relations(speakerAgendaItems, ({ one }) => ({
  speaker: one(eventSpeakers, { fields: [speakerAgendaItems.speakerId], references: [eventSpeakers.id] }),
  agendaItem: one(agendaItems, { fields: [speakerAgendaItems.agendaItemId], references: [agendaItems.id] }),
}));

export const invitationsRelations = relations(invitations, ({ one }) => ({
  event: one(events, { fields: [invitations.eventId], references: [events.id] }),
  person: one(people, { fields: [invitations.personId], references: [people.id] }),
  delegatedFrom: one(invitations, { fields: [invitations.delegatedFromId], references: [invitations.id] }),
}));

export const peopleRelations = relations(people, ({ many }) => ({
  speakingRoles: many(eventSpeakers),
  invitations: many(invitations),
}));

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  logo: one(assets, { fields: [organizations.logoAssetId], references: [assets.id] }),
  cohosted: many(eventCohosts),
}));

export const venuesRelations = relations(venues, ({ many }) => ({ events: many(events) }));
export const programsRelations = relations(programs, ({ many }) => ({ events: many(events) }));

export const recapsRelations = relations(recaps, ({ one, many }) => ({
  event: one(events, { fields: [recaps.eventId], references: [events.id] }),
  author: one(users, { fields: [recaps.authorId], references: [users.id] }),
  photos: many(recapPhotos),
  links: many(recapLinks),
}));

export const recapPhotosRelations = relations(recapPhotos, ({ one }) => ({
  recap: one(recaps, { fields: [recapPhotos.recapId], references: [recaps.id] }),
  asset: one(assets, { fields: [recapPhotos.assetId], references: [assets.id] }),
}));

export const recapLinksRelations = relations(recapLinks, ({ one }) => ({
  recap: one(recaps, { fields: [recapLinks.recapId], references: [recaps.id] }),
}));
