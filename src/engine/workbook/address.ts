/**
 * A1 addresses: the way findings name cells.
 */

/** Where a value is written: the sheet, the 0-based position and its A1 name. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** `'Tabel 3.4'!E5` */
  readonly address: string;
}

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 address of a 0-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A cell named with its sheet, quoted when the name needs it: `'Tabel 3.4'!E5`. */
export function sheetCell(sheet: string, row: number, col: number): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${a1(row, col)}`;
}

/** Parses `E5` into 0-based row and column, or undefined. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses a sheet-qualified cell (`'Tabel 3.4'!E5`, `PK!B2`) into its sheet and A1 address, or undefined. */
export function parseSheetCell(ref: string): { sheet: string; cell: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+)$/i.exec(ref.trim());
  if (!m) return undefined;
  const cell = parseA1(m[3]);
  return cell && { sheet: m[1]?.replace(/''/g, "'") ?? m[2], cell: a1(cell.row, cell.col) };
}
