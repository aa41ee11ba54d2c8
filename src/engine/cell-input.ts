/**
 * What a function argument can be: what Excel passes for a cell or a literal,
 * or what a Node caller passes.
 */
import { FormulaError, invalidValue, notAvailable } from "./errors";
import { parseNumberText } from "./number-text";

/** One argument value as Excel or a Node caller gives it. */
export type CellInput = number | string | boolean | null | undefined;

/** True when the argument is absent: omitted, an empty cell, or blank text. */
export function isBlank(input: unknown): boolean {
  return (
    input === null || input === undefined || (typeof input === "string" && input.trim() === "")
  );
}

/**
 * Reads a required numeric argument. `label` names the argument in the message
 * (`"Target"`), so the user knows which input to fix. An error passed in is passed on,
 * as Excel passes on an error in a referenced cell.
 */
export function readNumber(input: unknown, label: string): number | FormulaError {
  if (input instanceof FormulaError) return input;
  if (typeof input === "number") {
    return Number.isFinite(input) ? input : invalidValue(`${label} bukan angka yang terhingga`);
  }
  if (isBlank(input)) return notAvailable(`${label} kosong: tidak ada data`);
  if (typeof input !== "string") return invalidValue(`${label} harus berupa angka`);
  const parsed = parseNumberText(input);
  if (parsed.kind === "empty") return notAvailable(`${label} "${input.trim()}": tidak ada data`);
  if (parsed.kind === "invalid") return invalidValue(`${label}: ${parsed.reason}`);
  return parsed.value;
}

/**
 * Reads an optional word argument (polaritas, skala, metode): blank gives
 * `undefined`, text is trimmed and lower-cased.
 */
export function readOption(input: unknown): string | undefined {
  if (isBlank(input)) return undefined;
  const text =
    typeof input === "string" || typeof input === "number" ? String(input) : `[${typeof input}]`;
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** A word option: its aliases, its default, and how the message names it. */
export interface OptionSpec<T> {
  /** Lower-case alias → canonical value. */
  readonly aliases: Readonly<Record<string, T>>;
  /** The value when the argument is omitted. */
  readonly fallback: T;
  /** The argument's name in messages (`"Polaritas"`). */
  readonly label: string;
  /** The canonical words listed in the message when the word is unknown. */
  readonly allowed: string;
}

/** Looks an option up in its aliases, or explains which words are allowed. */
export function chooseOption<T>(input: unknown, spec: OptionSpec<T>): T | FormulaError {
  const word = readOption(input);
  if (word === undefined) return spec.fallback;
  if (Object.prototype.hasOwnProperty.call(spec.aliases, word)) return spec.aliases[word];
  const shown = word.slice(0, 40);
  return invalidValue(`${spec.label} "${shown}" tidak dikenal; gunakan ${spec.allowed}`);
}
