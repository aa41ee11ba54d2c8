/**
 * Excel's data types at the edge. functions.json allows custom data for `any`
 * parameters (custom-functions-metadata always sets
 * `allowCustomDataForDataTypeAny`), so a cell that holds a data type reaches a
 * function as an `Excel.CellValue` object (`{ type: "Double", basicValue: 5 }`,
 * `{ type: "Entity", text, properties }`, …), alone or inside a range. The engine
 * only reads plain values, so every argument is unwrapped here first.
 */
import { FormulaError, invalidValue } from "../engine/errors";
import { isError, safely } from "./to-excel";

/** What an unwrapped argument holds: a plain cell value, or a range of them. */
type Plain = number | string | boolean | null | undefined | unknown[];

/** The fields of an `Excel.CellValue` read here (office-js, ExcelApi 1.16). */
interface CellValueLike {
  readonly type: string;
  readonly basicValue?: unknown;
  readonly basicType?: string;
  readonly errorType?: string;
  readonly text?: unknown;
  readonly properties?: unknown;
}

/**
 * Types whose basic value is `#VALUE!` (basicType `Error`) because the value is
 * more than one number or word: the name the message gives it, and what to do.
 */
const RICH_TYPES: Readonly<Record<string, { name: string; hint: string }>> = {
  Entity: { name: "Entitas", hint: "rujuk salah satu propertinya" },
  LinkedEntity: { name: "Entitas tertaut", hint: "rujuk salah satu propertinya" },
  WebImage: { name: "Gambar web", hint: "rujuk sel berisi angka atau teks" },
  Array: { name: "Larik", hint: "rujuk salah satu elemennya atau rentang sel biasa" },
  Function: { name: "Fungsi", hint: "rujuk sel berisi angka atau teks" },
};

function isCellValue(value: unknown): value is CellValueLike {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

function isPrimitive(value: unknown): value is number | string | boolean {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

/**
 * The text of an error cell value (`#N/A`, `#DIV/0!`): the engine reads it as it
 * reads the same text typed in a cell, `#N/A` as "no data" and the rest as `#VALUE!`.
 */
function errorText(cell: CellValueLike): string {
  if (typeof cell.basicValue === "string" && cell.basicValue.startsWith("#")) {
    return cell.basicValue;
  }
  return cell.errorType === "NotAvailable" ? "#N/A" : "#VALUE!";
}

/** `Populasi`, or `[Luas Wilayah]` for a name Excel's dot syntax must bracket. */
function propertyReference(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `[${name}]`;
}

/** An example `=A1.Nilai`, using the entity's first numeric property when it has one. */
function propertyExample(cell: CellValueLike): string {
  const properties =
    typeof cell.properties === "object" && cell.properties !== null
      ? Object.entries(cell.properties as Record<string, unknown>)
      : [];
  const numeric = properties.find(
    ([, p]) => typeof (p as { basicValue?: unknown } | null)?.basicValue === "number"
  );
  const name = (numeric ?? properties[0])?.[0] ?? "Nilai";
  return `=A1.${propertyReference(name)}`;
}

/** Why a data type without a usable basic value cannot be an argument. */
function unusable(cell: CellValueLike, argument: string): FormulaError {
  const rich = RICH_TYPES[cell.type];
  const kind = rich ? `tipe data ${rich.name}` : `tipe data "${cell.type.slice(0, 30)}"`;
  const text = typeof cell.text === "string" && cell.text.trim() !== "" ? cell.text.trim() : "";
  const shown = text ? ` "${text.slice(0, 40)}"` : "";
  const hint =
    cell.type === "Entity" || cell.type === "LinkedEntity"
      ? `${rich.hint}, mis. ${propertyExample(cell)}`
      : (rich?.hint ?? "rujuk sel berisi angka atau teks");
  return invalidValue(`${argument} berisi ${kind}${shown} tanpa nilai dasar: ${hint}`);
}

/**
 * One cell's plain value. `argument` names it in a message, and is only called
 * when there is one: a plain value (the usual case) builds no text.
 */
function unwrapCell(value: unknown, argument: () => string): Plain | FormulaError {
  if (!isCellValue(value)) return value as Plain;
  const rich = Object.prototype.hasOwnProperty.call(RICH_TYPES, value.type);
  if (value.type === "Empty") return "";
  if (value.type === "Error" || (!rich && value.basicType === "Error")) return errorText(value);
  if (rich && (value.basicType === undefined || value.basicType === "Error")) {
    return unusable(value, argument());
  }
  return isPrimitive(value.basicValue) ? value.basicValue : unusable(value, argument());
}

/**
 * One argument as the engine reads it. A cell value with a basic value gives that
 * value (`Double`, `String`, `Boolean`, `FormattedNumber` give their number, text or
 * truth; `Empty` gives `""`); an `Error` gives its text (`#N/A`), which the engine
 * treats as it treats that text typed in a cell. A range is unwrapped cell by cell.
 * An entity, a linked entity, an image, an array or another value without a basic
 * value gives `#VALUE!` naming the argument (and, in a range, the cell: counted
 * row by row from 1, as the engine counts IKM's unsur). Anything else (plain
 * values, objects that are not cell values) is passed on unchanged.
 */
export function unwrapArgument(value: unknown, name: string): Plain | FormulaError {
  if (typeof value !== "object" || value === null) return value as Plain;
  const argument = `Argumen "${name}"`;
  if (!Array.isArray(value)) return unwrapCell(value, () => argument);
  let position = 0;
  const rows: unknown[] = [];
  for (const row of value) {
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    const plain: unknown[] = [];
    for (const cell of cells) {
      position += 1;
      const at = position;
      const v = unwrapCell(cell, () => `${argument} (sel ke-${at})`);
      if (isError(v)) return v;
      plain.push(v);
    }
    rows.push(Array.isArray(row) ? plain : plain[0]);
  }
  return rows;
}

/**
 * Calls an engine function with Excel's arguments, given by name in their order
 * (`{ realisasi, target }`), after `unwrapArgument`; the first argument that
 * cannot be read is the answer. Nothing throws: see `safely`.
 */
export function fromCells<T extends number | string>(
  engine: (...args: unknown[]) => T | FormulaError,
  args: Readonly<Record<string, unknown>>
): T | CustomFunctions.Error {
  return safely(() => {
    const plain: unknown[] = [];
    for (const name in args) {
      const v = unwrapArgument(args[name], name);
      if (isError(v)) return v;
      plain.push(v);
    }
    return engine(...plain);
  });
}
