import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The faces every printed document embeds, read from npm packages beside the
 * app (no download at run time): Noto Sans for Latin, Greek and Cyrillic
 * names ("Søreide", "Mälksoo", "Ødegård-Núñez"), Noto Sans Arabic behind it
 * for Arabic-script names, which fontkit shapes (joined letters, right to
 * left). next.config.ts traces these files into the build.
 */
export const FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  arabic: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  arabicBold: "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
} as const;

/** Latin first, Arabic for the characters Latin lacks. */
export const PRINT_FONT = ["Noto Sans", "Noto Sans Arabic"];

const file = (name: string) => path.join(process.cwd(), "node_modules", name);

let registered = false;

export function registerPrintFonts() {
  if (registered) return;
  Font.register({ family: "Noto Sans", fonts: [{ src: file(FONT_FILES.regular) }, { src: file(FONT_FILES.bold), fontWeight: 700 }] });
  Font.register({ family: "Noto Sans Arabic", fonts: [{ src: file(FONT_FILES.arabic) }, { src: file(FONT_FILES.arabicBold), fontWeight: 700 }] });
  // Names are never hyphenated.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
