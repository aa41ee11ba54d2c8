/**
 * styles.xml read for the little the checker uses of a cell's style: the number
 * format code, bold, and the alignment's indent, per cell format (cellXfs entry).
 */
import { builtInFormat, formatCode } from "./number-formats";
import { parseXml } from "./xml";

/** The style of one cell format. */
export interface CellStyle {
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly indent?: number;
}

function isTrue(value: string | undefined): boolean {
  return value !== "0" && value !== "false";
}

/** A whole number as parseInt reads it; NaN when absent. */
function integer(value: string | undefined): number {
  return value === undefined ? NaN : parseInt(value, 10);
}

/** Reads the cell formats of styles.xml, by index; an absent part gives none. */
export function readStyles(bytes: Uint8Array | undefined, part = "xl/styles.xml"): CellStyle[] {
  if (!bytes) return [];
  const formats = new Map<number, string>();
  const bold: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number; indent?: number }[] = [];
  let section = "";
  let inFont = false;
  parseXml(part, bytes, {
    open(name, a) {
      if (name === "numFmts" || name === "fonts" || name === "cellXfs") section = name;
      else if (section === "numFmts" && name === "numFmt") {
        formats.set(integer(a.get("numFmtId")), formatCode(a.get("formatCode") ?? ""));
      } else if (section === "fonts" && name === "font") {
        inFont = true;
        bold.push(false);
      } else if (inFont && name === "b") bold[bold.length - 1] = isTrue(a.get("val"));
      else if (section === "cellXfs" && name === "xf") {
        xfs.push({ numFmtId: integer(a.get("numFmtId")), fontId: integer(a.get("fontId")) });
      } else if (section === "cellXfs" && name === "alignment") {
        const indent = a.get("indent");
        const xf = xfs[xfs.length - 1];
        if (indent && xf) xf.indent = integer(indent);
      }
    },
    close(name) {
      if (name === section) section = "";
      else if (name === "font") inFont = false;
    },
  });
  return xfs.map((xf) => ({
    numFmt: (xf.numFmtId && (formats.get(xf.numFmtId) || builtInFormat(xf.numFmtId))) || undefined,
    bold: bold[xf.fontId] || undefined,
    indent: xf.indent || undefined,
  }));
}
