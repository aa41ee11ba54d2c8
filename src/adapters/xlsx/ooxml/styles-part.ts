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
        formats.set(parseInt(a.numFmtId, 10), formatCode(a.formatCode ?? ""));
      } else if (section === "fonts" && name === "font") {
        inFont = true;
        bold.push(false);
      } else if (inFont && name === "b") bold[bold.length - 1] = isTrue(a.val);
      else if (section === "cellXfs" && name === "xf") {
        xfs.push({ numFmtId: parseInt(a.numFmtId, 10), fontId: parseInt(a.fontId, 10) });
      } else if (section === "cellXfs" && name === "alignment" && a.indent) {
        const xf = xfs[xfs.length - 1];
        if (xf) xf.indent = parseInt(a.indent, 10);
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
