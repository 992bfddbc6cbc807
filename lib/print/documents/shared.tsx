import { Image, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PRINT_FONT } from "../fonts";

// Ink navy on white, as the rest of Convene; printed materials add nothing louder.
export const INK = "#14213d";
export const MUTED = "#4b5563";
export const RULE = "#9ca3af";

export const MM = 72 / 25.4;

export const base = StyleSheet.create({
  page: { fontFamily: PRINT_FONT, color: INK, fontSize: 11 },
  institute: { fontSize: 8, color: MUTED },
  muted: { color: MUTED },
});

/** The institute's logo as a PDF can carry it (PNG or JPEG; the settings allow others, which are left out). */
export type PrintLogo = { src: string; width: number; height: number } | null;

/** The institute's logo at `height` points, its own proportions kept. */
export function InstituteLogo({ logo, height }: { logo: PrintLogo; height: number }) {
  if (!logo) return null;
  // eslint-disable-next-line jsx-a11y/alt-text -- a PDF image, not an HTML one
  return <Image src={logo.src} style={{ height, width: (height * logo.width) / logo.height, objectFit: "contain" }} />;
}

/** The institute's name at a page's foot, after its logo when the settings carry one. */
export function InstituteFoot({ name, logo = null }: { name: string; logo?: PrintLogo }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", gap: 2 * MM }} fixed>
      <InstituteLogo logo={logo} height={5 * MM} />
      <Text style={base.institute}>{name}</Text>
    </View>
  );
}

/** A dashed line for the scissors or the fold. */
export const DASHED = { borderColor: RULE, borderStyle: "dashed" as const };
