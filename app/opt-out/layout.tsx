// The guest's page's frame: the institute's name above a single card, no navigation, never indexed.
export { default, metadata } from "../rsvp/layout";
