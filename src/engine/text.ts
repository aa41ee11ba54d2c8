/**
 * Normalising text that came out of cells: Unicode compatibility forms, look-alike
 * letters from PDF copy-paste (Cyrillic `В` for Latin `B`), and spacing.
 */

const LOOKALIKES: Readonly<Record<string, string>> = {
  "\u0410": "A",
  "\u0412": "B",
  "\u0421": "C",
  "\u0415": "E",
  "\u041d": "H",
  "\u041a": "K",
  "\u041c": "M",
  "\u041e": "O",
  "\u0420": "P",
  "\u0422": "T",
  "\u0425": "X",
  "\u0430": "a",
  "\u0432": "b",
  "\u0441": "c",
  "\u0435": "e",
  "\u043e": "o",
  "\u0440": "p",
  "\u0445": "x",
  "\u0391": "A",
  "\u0392": "B",
  "\u0395": "E",
  "\u0397": "H",
  "\u039a": "K",
  "\u039c": "M",
  "\u039f": "O",
  "\u03a1": "P",
  "\u03a4": "T",
  "\u03a7": "X",
  "\u03bf": "o",
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");

/** Replaces Cyrillic and Greek letters that look like Latin ones with the Latin letter. */
export function foldLookalikes(text: string): string {
  return text.replace(LOOKALIKE_PATTERN, (ch) => LOOKALIKES[ch]);
}

const ALREADY_CLEAN = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

/** NFKC, look-alikes folded, whitespace collapsed, trimmed. */
export function cleanText(text: string): string {
  if (ALREADY_CLEAN.test(text)) return text;
  return foldLookalikes(text.normalize("NFKC")).replace(/\s+/g, " ").trim();
}
