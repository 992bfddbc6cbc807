import { extractText, getDocumentProxy } from "unpdf";

/** A PDF read back as a reader would: its text (control characters from mark glyphs dropped, Arabic folded by NFKC) and its page count. */
export async function readPdf(bytes: Buffer): Promise<{ text: string; pages: number }> {
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error(`Not a PDF: ${bytes.subarray(0, 80).toString("utf8")}`);
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { text: text.normalize("NFKC").replace(/[\u0000-\u0008\u000b-\u001f]/g, ""), pages: totalPages };
}
