import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { BADGES_PER_PAGE, fittedFontSize, pages } from "../layout";
import { base, DASHED, INK, InstituteLogo, MM, MUTED, type PrintLogo } from "./shared";

// A6 (105 × 148.5 mm), four to an A4 sheet: the insert of the common badge holder.
const W = 105 * MM;
const H = 148.5 * MM;

const s = StyleSheet.create({
  sheet: { flexDirection: "row", flexWrap: "wrap" },
  badge: { width: W, height: H, borderWidth: 0.5, ...DASHED },
  band: { backgroundColor: INK, color: "#ffffff", paddingHorizontal: 8 * MM, paddingVertical: 5 * MM },
  event: { fontSize: 10, fontWeight: 700, lineHeight: 1.25 },
  when: { fontSize: 8, marginTop: 2 },
  body: { flex: 1, paddingHorizontal: 8 * MM, justifyContent: "center" },
  name: { fontWeight: 700, lineHeight: 1.15 },
  line: { fontSize: 11, color: MUTED, marginTop: 4, lineHeight: 1.3 },
  bottom: { flexDirection: "row", alignItems: "flex-end", justifyContent: "space-between", paddingHorizontal: 8 * MM, paddingBottom: 6 * MM },
  qr: { width: 26 * MM, height: 26 * MM },
  code: { fontSize: 8, color: MUTED, marginTop: 1 },
  institute: { fontSize: 7, color: MUTED, textAlign: "right", maxWidth: 52 * MM },
  chatham: { fontSize: 8, fontWeight: 700, textAlign: "center", paddingVertical: 2.5 * MM, borderTopWidth: 0.75, borderTopColor: INK },
});

export type Badge = { name: string; positionTitle: string | null; organization: string | null; code: string | null; qrDataUrl: string | null };

/**
 * Name badges for any event, four A6 badges to an A4 sheet: the event, the
 * name large, title and organization, the guest's check-in QR code (scanned at
 * the door), and "Held under the Chatham House rule" when asked.
 */
export function BadgesDocument({ institute, logo = null, eventTitle, when, badges, chathamHouse }: { institute: string; logo?: PrintLogo; eventTitle: string; when: string; badges: Badge[]; chathamHouse: boolean }) {
  const sheets = pages(badges, BADGES_PER_PAGE);
  return (
    <Document title={`Name badges — ${eventTitle}`} author={institute} creator="Convene" language="en">
      {(sheets.length ? sheets : [[]]).map((sheet, i) => (
        <Page key={i} size="A4" style={base.page}>
          {sheet.length === 0 ? <Text style={{ margin: 40 }}>No accepted guests yet: badges are printed for those expected.</Text> : null}
          <View style={s.sheet}>
            {sheet.map((b, j) => (
              <View key={j} style={s.badge} wrap={false}>
                <View style={s.band}>
                  <Text style={s.event}>{eventTitle}</Text>
                  <Text style={s.when}>{when}</Text>
                </View>
                <View style={s.body}>
                  <Text style={[s.name, { fontSize: fittedFontSize(b.name, W - 16 * MM, 24, 14, 2) }]}>{b.name}</Text>
                  {b.positionTitle ? <Text style={s.line}>{b.positionTitle}</Text> : null}
                  {b.organization ? <Text style={s.line}>{b.organization}</Text> : null}
                </View>
                <View style={s.bottom}>
                  {b.qrDataUrl && b.code ? (
                    <View>
                      {/* eslint-disable-next-line jsx-a11y/alt-text -- a PDF image, not an HTML one */}
                      <Image src={b.qrDataUrl} style={s.qr} />
                      <Text style={s.code}>{`${b.code.slice(0, 4)}-${b.code.slice(4)}`}</Text>
                    </View>
                  ) : (
                    <View />
                  )}
                  <View style={{ alignItems: "flex-end", gap: 1.5 * MM }}>
                    <InstituteLogo logo={logo} height={8 * MM} />
                    <Text style={s.institute}>{institute}</Text>
                  </View>
                </View>
                {chathamHouse ? <Text style={s.chatham}>Held under the Chatham House rule</Text> : null}
              </View>
            ))}
          </View>
        </Page>
      ))}
    </Document>
  );
}
