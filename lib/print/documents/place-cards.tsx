import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { fittedFontSize, pages, PLACE_CARDS_PER_PAGE } from "../layout";
import { base, DASHED, MM, MUTED } from "./shared";

// Each card is half an A4 sheet (210 × 148.5 mm), folded once along its middle
// into a tent 74 mm high. The top face is printed upside down, so once folded
// the name reads the right way up on both sides: to the guest sitting at it,
// and to those across the table and the head table looking on. That is the
// card protocol officers set at a seated dinner; a one-sided card shows the
// name only to its owner.
const CARD_W = 210 * MM;
const FACE_H = (148.5 / 2) * MM;

const s = StyleSheet.create({
  card: { width: CARD_W, height: FACE_H * 2 },
  face: { height: FACE_H, paddingHorizontal: 18 * MM, justifyContent: "center", alignItems: "center" },
  fold: { borderTopWidth: 0.5, ...DASHED },
  cut: { borderTopWidth: 0.75, ...DASHED },
  name: { fontWeight: 700, textAlign: "center" },
  table: { fontSize: 12, color: MUTED, marginTop: 6, textAlign: "center" },
  institute: { position: "absolute", bottom: 6 * MM, left: 0, right: 0, textAlign: "center", fontSize: 7, color: MUTED },
});

export type PlaceCard = { name: string; table: string | null };

function Face({ card, institute, upsideDown }: { card: PlaceCard; institute: string; upsideDown?: boolean }) {
  const size = fittedFontSize(card.name, CARD_W - 36 * MM, 34, 18, 2);
  return (
    <View style={[s.face, upsideDown ? { transform: "rotate(180deg)" } : {}]}>
      <Text style={[s.name, { fontSize: size }]}>{card.name}</Text>
      {card.table ? <Text style={s.table}>{card.table}</Text> : null}
      <Text style={s.institute}>{institute}</Text>
    </View>
  );
}

/** Folding tent cards, two to an A4 page: honorific and name on both faces, the table when asked. */
export function PlaceCardsDocument({ institute, eventTitle, cards }: { institute: string; eventTitle: string; cards: PlaceCard[] }) {
  const sheets = pages(cards, PLACE_CARDS_PER_PAGE);
  return (
    <Document title={`Place cards — ${eventTitle}`} author={institute} creator="Convene" language="en">
      {(sheets.length ? sheets : [[]]).map((sheet, i) => (
        <Page key={i} size="A4" style={base.page}>
          {sheet.length === 0 ? <Text style={{ margin: 40 }}>No guests to print place cards for yet.</Text> : null}
          {sheet.map((card, j) => (
            <View key={j} style={[s.card, j > 0 ? s.cut : {}]}>
              <Face card={card} institute={institute} upsideDown />
              <View style={s.fold} />
              <Face card={card} institute={institute} />
            </View>
          ))}
        </Page>
      ))}
    </Document>
  );
}
