/**
 * Reading numbers the way report writers type them: `83,514`, `1.540.000`,
 * `1,540,000.50`, `75%`, `Rp 1.000,-`, `(150.000.000)`, `B (75)`.
 *
 * Convention when text alone cannot tell: Indonesian first. A single comma is a
 * decimal comma (`83,514` is 83.514); a single dot followed by exactly three
 * digits after a short integer part is a thousands dot (`6.084` is 6084); any
 * other single dot is a decimal point (`15.7`, `0.33`). Such readings are marked
 * `ambiguous` so the checker can say so.
 */

/** Which separator convention the text used. */
export type NumberStyle = "plain" | "id" | "en";

/** Text that reads as a number. */
export interface NumberText {
  readonly kind: "number";
  readonly value: number;
  /** Digits written after the decimal separator (0 for integers). */
  readonly decimals: number;
  /** `id`: dot for thousands, comma for decimals; `en`: the other way round. */
  readonly style: NumberStyle;
  /** Both a dot and a comma appear (`1.540.000,50`). */
  readonly mixedSeparators: boolean;
  /** One separator that could be read either way (`1.540`, `83,514`). */
  readonly ambiguous: boolean;
  /** A trailing `%` was written; the value stays in percent points. */
  readonly percent: boolean;
  /** The number was taken from brackets after a label (`B (75)`). */
  readonly bracketed: boolean;
}

/** Text that means "no data": empty, `N/A`, `n/a`, `-`. */
export interface EmptyText {
  readonly kind: "empty";
}

/** Text that is not a number, with the reason in Indonesian. */
export interface InvalidText {
  readonly kind: "invalid";
  readonly reason: string;
}

/** The three readings of a piece of text. */
export type ParsedText = NumberText | EmptyText | InvalidText;

const EMPTY_WORDS = /^(?:n\s*\/\s*a|na|-+|–|—|#n\/a|tidak ada data)$/i;
const LABELLED_BRACKET = /^(.*?[^\s\d.,()+-].*?)\s*\(\s*([^()]*?)\s*\)\s*$/;
const ACCOUNTING_NEGATIVE = /^\(\s*([^()]+?)\s*\)$/;
const CURRENCY_PREFIX = /^(?:rp\.?|idr)\s*/i;
const RUPIAH_SUFFIX = /[.,]\s*-$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const DIGITS_AND_SEPARATORS = /^\d[\d.,]*$|^[.,]\d+$/;
const DASHES = /^[\u2212\u2012\u2013\u2014]/;

/** The position of the one dot or comma in plain digits, -1 for none, undefined for any other text. */
function separatorAt(raw: string): number | undefined {
  let separator = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c !== 44 && c !== 46) || separator >= 0) return undefined;
    separator = i;
  }
  return raw.length === 0 || separator === raw.length - 1 ? undefined : separator;
}

/** 10^0 … 10^15, each exact as a double: a table, since `10 ** n` is a call to pow. */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The longest text {@link commonNumber} reads in its own scan: 16 digits, or 15
 * around a separator, whose integer is exact below 2^53 and at most one
 * rounding away above it (see there). Longer text takes the general reading.
 */
const SHORT = 16;

/** What {@link commonNumber} gives for anything that is not a common number. */
const NOT_COMMON = NaN;

/**
 * A finite number, or text in one of the common shapes (plain digits, digits
 * around one dot or one comma) read exactly as {@link parseNumberText} reads it;
 * NaN for anything else, which no common shape reads as. The functions' hot path:
 * one scan of the characters, no substring, no regular expression, no reading
 * object built. It gives a double on every path so that an optimizing compiler
 * keeps the result unboxed (`undefined` for "not common" made every reading a
 * heap number).
 *
 * The digits are gathered as one integer, skipping the separator. With a
 * separator there are at most 15 digits, an exact integer, and one division by an
 * exact power of ten rounds once, as `Number` rounds the decimal. Without one, 16
 * digits may pass 2^53: the last step `digits * 10 + d` multiplies an exact
 * integer below 10^15 into an exact even double and rounds the sum once, as
 * `Number` does.
 */
export function commonNumber(input: unknown): number {
  if (typeof input === "number") return Number.isFinite(input) ? input : NOT_COMMON;
  if (typeof input !== "string") return NOT_COMMON;
  const length = input.length;
  if (length > SHORT) return longCommonNumber(input);
  let digits = 0;
  let at = -1;
  for (let i = 0; i < length; i++) {
    const d = input.charCodeAt(i) - 48; // "0" is 48
    if (d >>> 0 <= 9) digits = digits * 10 + d;
    else if ((d === -4 || d === -2) && at < 0)
      at = i; // "," is 44, "." is 46
    else return NOT_COMMON;
  }
  if (at < 0) return length === 0 ? NOT_COMMON : digits;
  const fraction = length - at - 1;
  if (fraction === 0) return NOT_COMMON;
  return isThousandsDot(input, at, fraction) ? digits : digits / POWERS_OF_TEN[fraction];
}

/** {@link commonNumber} for text longer than {@link SHORT}: the common reading's value. */
function longCommonNumber(raw: string): number {
  return parseCommon(raw)?.value ?? NOT_COMMON;
}

/** The common shapes read by one scan (the general path's readings; a test checks they agree). */
function parseCommon(raw: string): NumberText | undefined {
  const at = separatorAt(raw);
  if (at === undefined) return undefined;
  return at < 0 ? number(Number(raw), 0, "plain", false) : readSingleSeparator(raw, raw[at]);
}

/** Reads one piece of text as a number, "no data", or an explained refusal. */
export function parseNumberText(raw: string): ParsedText {
  return parseCommon(raw) ?? parseGeneral(raw);
}

/** True when the text holds a digit (ASCII or full-width), as every number, date, time and range does. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** True for text without digits that means "no data": blank, `N/A`, `-`, `tidak ada data`. */
export function isNoData(raw: string): boolean {
  const bare = raw.trim();
  return bare === "" || EMPTY_WORDS.test(bare);
}

/** The general path: any spacing, sign, currency, grouping, brackets or percent. */
export function parseGeneral(raw: string): ParsedText {
  if (!hasDigit(raw)) return isNoData(raw) ? { kind: "empty" } : invalid(raw);
  const text = raw.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (text === "" || EMPTY_WORDS.test(text)) return { kind: "empty" };
  // Only a text ending in ")" can match (it is trimmed): the pattern backtracks on long labels.
  const labelled = text.endsWith(")") ? LABELLED_BRACKET.exec(text) : null;
  if (labelled && !CURRENCY_PREFIX.test(labelled[1])) {
    const inner = parseGeneral(labelled[2]);
    return inner.kind === "number" ? { ...inner, bracketed: true } : invalid(raw);
  }
  const accounting = ACCOUNTING_NEGATIVE.exec(text);
  if (accounting) {
    const inner = parseUnsigned(accounting[1], raw);
    return inner.kind === "number" ? { ...inner, value: -inner.value } : inner;
  }
  return parseSigned(text, raw);
}

function parseSigned(text: string, raw: string): ParsedText {
  const unified = text.replace(DASHES, "-");
  const sign = unified.startsWith("-") ? -1 : 1;
  const body = unified.replace(/^[-+]\s*/, "");
  const parsed = parseUnsigned(body, raw);
  return parsed.kind === "number" && sign < 0 ? { ...parsed, value: -parsed.value } : parsed;
}

function parseUnsigned(text: string, raw: string): ParsedText {
  let body = text.replace(CURRENCY_PREFIX, "").replace(RUPIAH_SUFFIX, "").trim();
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trim();
  if (SCIENTIFIC.test(body)) return number(Number(body), 0, "plain", percent);
  if (SPACE_GROUPED.test(body)) body = body.replace(/ /g, "");
  if (!DIGITS_AND_SEPARATORS.test(body)) return invalid(raw);
  const reading = readSeparators(body);
  return reading ? { ...reading, percent } : invalid(raw);
}

function readSeparators(body: string): NumberText | undefined {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots === 0 && commas === 0) return number(Number(body), 0, "plain", false);
  if (dots > 0 && commas > 0) return readBothSeparators(body);
  const separator = dots > 0 ? "." : ",";
  if (dots + commas > 1) {
    return readGroupedInteger(body, separator, separator === "." ? "id" : "en");
  }
  return readSingleSeparator(body, separator);
}

function readBothSeparators(body: string): NumberText | undefined {
  const decimalSep = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
  const groupSep = decimalSep === "," ? "." : ",";
  const [integer, fraction, extra] = body.split(decimalSep);
  if (extra !== undefined || !/^\d+$/.test(fraction ?? "")) return undefined;
  const whole = readGroupedInteger(integer, groupSep, decimalSep === "," ? "id" : "en");
  if (!whole) return undefined;
  const value = Number(`${whole.value}.${fraction}`);
  return { ...whole, value, decimals: fraction.length, mixedSeparators: true };
}

function readGroupedInteger(body: string, sep: string, style: NumberStyle): NumberText | undefined {
  const groups = body.split(sep);
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || rest.length === 0) return undefined;
  if (!rest.every((g) => /^\d{3}$/.test(g))) return undefined;
  return number(Number(groups.join("")), 0, style, false);
}

/**
 * Whether the one separator at `at` in `text`, followed by `fractionDigits`
 * digits, could group thousands (`6.084`): a short integer part of digits not
 * starting with 0, then three digits. A dot so placed is read as thousands;
 * either separator is ambiguous. `text` holds only digits before `at`.
 */
function mayBeGrouped(text: string, at: number, fractionDigits: number): boolean {
  return fractionDigits === 3 && at >= 1 && at <= 3 && text.charCodeAt(0) !== 48;
}

/** A dot that {@link mayBeGrouped} groups thousands with: `6.084` is 6084. */
function isThousandsDot(text: string, at: number, fractionDigits: number): boolean {
  return text.charCodeAt(at) === 46 && mayBeGrouped(text, at, fractionDigits);
}

function readSingleSeparator(body: string, sep: string): NumberText | undefined {
  const [integer, fraction] = body.split(sep);
  if (!/^\d*$/.test(integer) || !/^\d+$/.test(fraction)) return undefined;
  const ambiguous = mayBeGrouped(body, integer.length, fraction.length);
  if (sep === "." && ambiguous) {
    return { ...number(Number(integer + fraction), 0, "id", false), ambiguous };
  }
  const value = Number(`${integer || "0"}.${fraction}`);
  const style = sep === "," ? "id" : "en";
  return { ...number(value, fraction.length, style, false), ambiguous };
}

function number(value: number, decimals: number, style: NumberStyle, percent: boolean): NumberText {
  return {
    kind: "number",
    value,
    decimals,
    style,
    mixedSeparators: false,
    ambiguous: false,
    percent,
    bracketed: false,
  };
}

function invalid(raw: string): InvalidText {
  const shown = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  return { kind: "invalid", reason: `"${shown}" bukan angka yang dapat dibaca` };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
