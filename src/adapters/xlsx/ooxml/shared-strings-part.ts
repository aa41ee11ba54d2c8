/**
 * sharedStrings.xml: the workbook's text table. Rich text is its runs joined,
 * phonetic guides (`rPh`) are left out, and `_x000D_`-style escapes are decoded
 * as exceljs decodes them. An empty entry (`<si/>`) reads as no value.
 */
import { parseXml } from "./xml";

/** Decodes `_xHHHH_` escapes (upper-case hex, as exceljs does). */
export function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      );
}

/** Reads the shared strings in order; an absent part gives undefined. */
export function readSharedStrings(
  bytes: Uint8Array | undefined,
  part = "xl/sharedStrings.xml"
): (string | null)[] | undefined {
  if (!bytes) return undefined;
  const strings: (string | null)[] = [];
  let plain: string | undefined;
  let runs: string[] | undefined;
  let text: string[] | undefined;
  let inRun = false;
  let inPhonetic = false;
  parseXml(part, bytes, {
    open(name) {
      if (name === "si") {
        plain = undefined;
        runs = undefined;
      } else if (name === "rPh") inPhonetic = true;
      else if (name === "r" && !inPhonetic) {
        inRun = true;
        (runs ??= []).push("");
      } else if (name === "t" && !inPhonetic) text = [];
    },
    text(source, from, to) {
      text?.push(source.slice(from, to));
    },
    close(name) {
      if (name === "t" && text) {
        const decoded = decodeEscapes(text.join(""));
        if (inRun && runs) runs[runs.length - 1] = decoded;
        else plain = decoded;
        text = undefined;
      } else if (name === "r") inRun = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") strings.push(runs ? runs.join("") : (plain ?? null));
    },
  });
  return strings;
}
