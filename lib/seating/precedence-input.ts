import { PRECEDENCE_CLASSES } from "@/db/enum-values";
import { precedenceClassLabel, type PrecedenceClass } from "./precedence";

const key = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

const WORDS: Record<string, PrecedenceClass> = {
  ambassador: "ambassador",
  permanentrepresentative: "ambassador",
  minister: "minister",
  foreignminister: "deputy_head_or_foreign_minister",
  chargedaffaires: "charge_d_affaires",
  headofstate: "head_of_state_or_government",
  headofgovernment: "head_of_state_or_government",
  secretarygeneral: "un_secretary_general",
  academic: "academic_or_civil_society",
  civilsociety: "academic_or_civil_society",
};

/** A precedence class from what a person typed or a CSV holds: its value, its name (singular or plural), or a common word. */
export function precedenceClassFromText(text: string): PrecedenceClass | null {
  const k = key(text);
  if (!k) return null;
  for (const c of PRECEDENCE_CLASSES) {
    if (key(c) === k || key(precedenceClassLabel(c)) === k || key(precedenceClassLabel(c, 2)) === k) return c;
  }
  return WORDS[k] ?? null;
}
