import { renderToBuffer } from "@react-pdf/renderer";
import type { Db } from "@/db/types";
import { formatEventWhen } from "@/lib/events/time";
import { backfillCheckInCodes, checkInQrPng } from "@/lib/invitations/check-in-code";
import { personName } from "@/lib/people/display-name";
import { BadgesDocument } from "./documents/badges";
import { EscortCardsDocument } from "./documents/escort-cards";
import { PlaceCardsDocument } from "./documents/place-cards";
import { TableNumbersDocument } from "./documents/table-numbers";
import { TablePlanDocument } from "./documents/table-plan";
import { registerPrintFonts } from "./fonts";
import { seatedGuests } from "./layout";
import { expectedGuests, printContext, printTables, type PrintEvent } from "./queries";

/** The printed materials, as their addresses name them (/staff/events/[id]/print/<kind>). */
export const PRINT_DOCUMENTS = {
  "table-plan": { title: "Table plan", needsSeating: true },
  "place-cards": { title: "Place cards", needsSeating: false },
  "table-numbers": { title: "Table numbers", needsSeating: true },
  "escort-cards": { title: "Escort cards", needsSeating: true },
  badges: { title: "Name badges", needsSeating: false },
} as const;

export type PrintKind = keyof typeof PRINT_DOCUMENTS;

export const isPrintKind = (kind: string): kind is PrintKind => Object.hasOwn(PRINT_DOCUMENTS, kind);

export type PrintOptions = {
  /** Badges: "Held under the Chatham House rule". Defaults to the event's own rule. */
  chathamHouse?: boolean;
  /** Place cards: the table under the name. Defaults to yes when there is a plan. */
  withTable?: boolean;
};

/**
 * One printed document of an event, as PDF bytes. Badges first give a
 * check-in code to any accepted guest without one (guests who accepted
 * before codes existed, answers recorded at the door), so every badge can be
 * scanned.
 */
export async function renderPrintDocument(db: Db, event: PrintEvent, kind: PrintKind, options: PrintOptions = {}): Promise<Buffer> {
  registerPrintFonts();
  const { institute, logo } = await printContext(db, event);
  const when = formatEventWhen(event.startsAt, event.endsAt, event.timeZone);
  const common = { institute: institute.name, eventTitle: event.title };
  switch (kind) {
    case "table-plan":
      return renderToBuffer(<TablePlanDocument {...common} logo={logo} when={when} tables={await printTables(db, event.id)} />);
    case "table-numbers":
      return renderToBuffer(<TableNumbersDocument {...common} tables={await printTables(db, event.id)} />);
    case "escort-cards": {
      const cards = seatedGuests(await printTables(db, event.id)).map((g) => ({ name: g.name, table: g.table }));
      return renderToBuffer(<EscortCardsDocument {...common} cards={cards} />);
    }
    case "place-cards": {
      const seated = seatedGuests(await printTables(db, event.id));
      const withTable = options.withTable ?? true;
      const cards = seated.length
        ? seated.map((g) => ({ name: g.name, table: withTable ? g.table : null }))
        : (await expectedGuests(db, event.id)).map((g) => ({ name: personName(g), table: null }));
      return renderToBuffer(<PlaceCardsDocument {...common} cards={cards} />);
    }
    case "badges": {
      await backfillCheckInCodes(db, event.id);
      const guests = await expectedGuests(db, event.id);
      const badges = await Promise.all(
        guests.map(async (g) => ({
          name: personName(g),
          positionTitle: g.positionTitle ?? null,
          organization: g.affiliation ?? null,
          code: g.checkInCode,
          qrDataUrl: g.checkInCode ? `data:image/png;base64,${(await checkInQrPng(g.checkInCode, 6)).toString("base64")}` : null,
        })),
      );
      const chathamHouse = options.chathamHouse ?? event.attribution === "chatham_house";
      return renderToBuffer(<BadgesDocument {...common} logo={logo} when={when} badges={badges} chathamHouse={chathamHouse} />);
    }
    default:
      return kind satisfies never;
  }
}

/** "trygve-lie-symposium-badges.pdf" */
export const printFilename = (event: Pick<PrintEvent, "slug">, kind: PrintKind) => `${event.slug}-${kind}.pdf`;
