/**
 * A shared formula's text as one of its dependent cells holds it. The file keeps
 * the formula once, on its master cell (`<f t="shared" ref="E3:E9" si="0">C3-D3</f>`),
 * and each other cell of the block only says `<f t="shared" si="0"/>`: its own
 * formula is the master's with every relative reference moved by the distance
 * between the two cells (`C4-D4` in E4), as Excel fills a formula down or across.
 */
import { columnLetters } from "../../../engine/workbook/address";

/** Letters of a column, 0-based (`A` is 0, `AA` is 26). */
function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) & ~32) - 64;
  return col - 1;
}

const LAST_COL = 16_383;
const LAST_ROW = 1_048_575;

/**
 * A quoted text or sheet name (kept as written), or a cell reference with its
 * optional `$` marks (moved), or a column range `C:D`, or a row range `3:5`. A
 * reference must not touch a letter, digit, `_` or `.` on either side, nor be
 * followed by `(` or `!`, so that names, functions and sheet names (`LOG10(`,
 * `Tabel_3`, `T1!A1`) are left alone.
 */
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(!])|(?<![\w.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(!])|(?<![\w.$:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.(:!])/g;

function moveColumn(fixed: string, letters: string, by: number): string | undefined {
  const col = columnIndex(letters);
  if (col > LAST_COL) return undefined;
  const moved = fixed ? col : col + by;
  return moved < 0 || moved > LAST_COL ? "#REF!" : fixed + columnLetters(moved);
}

function moveRow(fixed: string, digits: string, by: number): string {
  const row = Number(digits) - 1;
  const moved = fixed ? row : row + by;
  return moved < 0 || moved > LAST_ROW ? "#REF!" : fixed + String(moved + 1);
}

/** `formula` moved by `rows` rows and `cols` columns, as the cell that far from its master holds it. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKEN, (token: string, ...g: (string | undefined)[]) => {
    if (g[1] !== undefined) {
      const col = moveColumn(g[0]!, g[1], cols);
      if (col === undefined) return token;
      const row = moveRow(g[2]!, g[3]!, rows);
      return col === "#REF!" || row === "#REF!" ? "#REF!" : col + row;
    }
    if (g[5] !== undefined) {
      const from = moveColumn(g[4]!, g[5], cols);
      const to = moveColumn(g[6]!, g[7]!, cols);
      if (from === undefined || to === undefined) return token;
      return from === "#REF!" || to === "#REF!" ? "#REF!" : `${from}:${to}`;
    }
    if (g[9] !== undefined) {
      const from = moveRow(g[8]!, g[9], rows);
      const to = moveRow(g[10]!, g[11]!, rows);
      return from === "#REF!" || to === "#REF!" ? "#REF!" : `${from}:${to}`;
    }
    return token;
  });
}
