import "server-only";
import { isForm, UNREADABLE, type ActionState } from "@/lib/safe-action";
import { decodeCsvBytes, MAX_CSV_BYTES } from "./csv";

/**
 * Wraps a CSV import action so a chosen file wins over pasted rows: the file
 * becomes the `text` field (read one byte past the limit, enough for the
 * parser to refuse it in words), and a refusal never sends a whole file back
 * to the browser.
 */
export function fromFileOrPaste<T>(importText: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) {
  return async (previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    if (!isForm(formData)) return UNREADABLE;
    const file = formData.get("file");
    formData.delete("file");
    formData.set("source", "paste");
    if (file instanceof File && file.size > 0) {
      const bytes = new Uint8Array(await file.slice(0, MAX_CSV_BYTES + 1).arrayBuffer());
      formData.set("text", decodeCsvBytes(bytes));
      formData.set("source", "file");
    }
    const state = await importText(previous, formData);
    if (state && !state.ok && state.values && formData.get("source") === "file") delete state.values.text;
    return state;
  };
}
