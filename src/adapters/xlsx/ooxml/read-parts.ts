/**
 * A whole workbook read from its XML parts into the engine's snapshot: the
 * package relationships lead to workbook.xml, its relationships to the sheets,
 * styles and shared strings. Each part is taken once, so a sheet's bytes can be
 * let go as soon as it is read. Pure: the caller unzips.
 */
import { SheetSnapshot, WorkbookSnapshot } from "../../../engine/workbook/snapshot";
import { readSharedStrings } from "./shared-strings-part";
import { readSheetPart } from "./sheet-part";
import { readStyles } from "./styles-part";
import { readRelationships, readWorkbookPart, relationshipsPart } from "./workbook-part";
import { decodePart, XlsxContentError } from "./xml";

/** Hands over the inflated bytes of a part by its path, once; undefined when absent. */
export type TakePart = (path: string) => Uint8Array | undefined;

/** Parts (`.xml` and `.rels`) are all the reader reads of a package. */
export function isXmlPart(path: string): boolean {
  return /\.(xml|rels)$/i.test(path);
}

/** Takes parts out of a map, so each one can be let go once it is read. */
export function takeFrom(parts: Map<string, Uint8Array>): TakePart {
  return (path) => {
    const bytes = parts.get(path);
    parts.delete(path);
    return bytes;
  };
}

function related(rels: ReturnType<typeof readRelationships>, type: string): string | undefined {
  for (const rel of rels.values()) if (rel.type === type) return rel.target;
  return undefined;
}

/** Limits on what the reader reads. */
export interface ReadLimits {
  /** Rows of one worksheet; a sheet with more is refused. */
  readonly sheetRows?: number;
}

/** Reads a workbook from its parts; throws XlsxContentError with an Indonesian reason. */
export function readWorkbookParts(take: TakePart, limits: ReadLimits = {}): WorkbookSnapshot {
  const root = readRelationships(take("_rels/.rels"), "_rels/.rels");
  const bookPart = related(root, "officeDocument") ?? "xl/workbook.xml";
  const book = take(bookPart);
  if (!book) throw new XlsxContentError(`bukan workbook Excel (bagian ${bookPart} tidak ada)`);
  const relsPart = relationshipsPart(bookPart);
  const rels = readRelationships(take(relsPart), relsPart);
  const workbook = readWorkbookPart(book, rels, bookPart);
  const stylesPart = related(rels, "styles") ?? "xl/styles.xml";
  const stringsPart = related(rels, "sharedStrings") ?? "xl/sharedStrings.xml";
  const styles = readStyles(take(stylesPart), stylesPart);
  const strings = readSharedStrings(take(stringsPart), stringsPart);
  const context = {
    styles,
    strings,
    date1904: workbook.date1904,
    maxRows: limits.sheetRows ?? Infinity,
  };
  const sheets: SheetSnapshot[] = [];
  for (const entry of workbook.sheets) {
    if (entry.part === undefined) continue;
    // Decoded at once, so the sheet's inflated bytes are let go before it is scanned.
    const xml = decodePart(take(entry.part));
    if (xml === undefined) continue;
    const { rows, merges } = readSheetPart(entry.part, xml, context);
    sheets.push({ name: entry.name, rows, merges, hidden: entry.hidden });
  }
  return { sheets };
}
