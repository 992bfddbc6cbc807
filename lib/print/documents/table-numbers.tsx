import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { fittedFontSize, tablePlan, type PrintTable } from "../layout";
import { base, MM, MUTED } from "./shared";

const s = StyleSheet.create({
  page: { padding: 30 * MM, justifyContent: "center", alignItems: "center" },
  word: { fontSize: 36, letterSpacing: 4, textTransform: "uppercase", color: MUTED },
  big: { fontWeight: 700, textAlign: "center", lineHeight: 1.05 },
  foot: { position: "absolute", bottom: 14 * MM, left: 0, right: 0, alignItems: "center" },
  small: { fontSize: 10, color: MUTED, textAlign: "center" },
});

/** One table's number (or name) to an A4 landscape page, to stand on the table. */
export function TableNumbersDocument({ institute, eventTitle, tables }: { institute: string; eventTitle: string; tables: PrintTable[] }) {
  const plan = tablePlan(tables);
  return (
    <Document title={`Table numbers — ${eventTitle}`} author={institute} creator="Convene" language="en">
      {plan.length === 0 ? (
        <Page size="A4" orientation="landscape" style={[base.page, s.page]}>
          <Text>No tables yet: the plan is made on the event&apos;s seating page.</Text>
        </Page>
      ) : null}
      {plan.map(({ table }) => {
        const numbered = /^\d+[a-z]?$/i.test(table.label.trim());
        return (
          <Page key={table.id} size="A4" orientation="landscape" style={[base.page, s.page]}>
            {numbered ? <Text style={s.word}>Table</Text> : null}
            <Text style={[s.big, { fontSize: numbered ? 300 : fittedFontSize(table.label, 237 * MM, 120, 40, 2) }]}>{table.label.trim()}</Text>
            <View style={s.foot}>
              <Text style={s.small}>
                {eventTitle} · {institute}
              </Text>
            </View>
          </Page>
        );
      })}
    </Document>
  );
}
