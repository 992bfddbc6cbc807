import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { ESCORT_CARDS_PER_PAGE, fittedFontSize, pages } from "../layout";
import { base, DASHED, MM, MUTED } from "./shared";

// 105 × 74 mm, eight to an A4 sheet: laid out alphabetically on the escort table by the door.
const W = 105 * MM;
const H = (297 / 4) * MM;

const s = StyleSheet.create({
  sheet: { flexDirection: "row", flexWrap: "wrap" },
  card: { width: W, height: H, padding: 8 * MM, justifyContent: "center", alignItems: "center", borderWidth: 0.5, ...DASHED },
  name: { fontWeight: 700, textAlign: "center" },
  table: { fontSize: 26, fontWeight: 700, marginTop: 8, textAlign: "center" },
  foot: { position: "absolute", bottom: 5 * MM, left: 0, right: 0, textAlign: "center", fontSize: 6.5, color: MUTED },
});

export type EscortCard = { name: string; table: string };

/** "Table 5" with the guest's name: one small card a guest, picked up on arrival. */
export function EscortCardsDocument({ institute, eventTitle, cards }: { institute: string; eventTitle: string; cards: EscortCard[] }) {
  const sheets = pages(cards, ESCORT_CARDS_PER_PAGE);
  return (
    <Document title={`Escort cards — ${eventTitle}`} author={institute} creator="Convene" language="en">
      {(sheets.length ? sheets : [[]]).map((sheet, i) => (
        <Page key={i} size="A4" style={base.page}>
          {sheet.length === 0 ? <Text style={{ margin: 40 }}>Nobody is seated yet: escort cards follow the table plan.</Text> : null}
          <View style={s.sheet}>
            {sheet.map((card, j) => (
              <View key={j} style={s.card}>
                <Text style={[s.name, { fontSize: fittedFontSize(card.name, W - 16 * MM, 16, 10, 2) }]}>{card.name}</Text>
                <Text style={s.table}>{card.table}</Text>
                <Text style={s.foot}>
                  {institute} · {eventTitle}
                </Text>
              </View>
            ))}
          </View>
        </Page>
      ))}
    </Document>
  );
}
