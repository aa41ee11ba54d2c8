/**
 * Numbers in Indonesian notation (`1.540.000,50`) as `Intl.NumberFormat("id-ID")`
 * writes them at a fixed number of decimals, without its cost per call: messages
 * show thousands of numbers, and a formatter call costs microseconds.
 *
 * Like ICU behind `Intl`, the number is rounded from its shortest decimal form
 * (`String(1.005)` is `1.005`, shown `1,01` at 2 decimals, where `toFixed` gives
 * `1.00`), half away from zero; a negative number keeps its sign even when it
 * rounds to zero (`-0,00`). A test compares the two on random numbers.
 */

/** The digits of a number's shortest decimal form and where its decimal point falls. */
interface Digits {
  /** Significant digits, without leading zeros (`"0"` for zero). */
  readonly digits: string;
  /** How many of the digits stand before the point (may be ≤ 0, or more than there are). */
  readonly point: number;
}

/** The shortest decimal form of a finite non-negative number, as digits and a point. */
function shortestDigits(abs: number): Digits {
  const s = String(abs);
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const all = dot < 0 ? whole : whole + mantissa.slice(dot + 1);
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  return { digits: all.slice(lead), point: whole.length + exponent - lead };
}

/** A string of decimal digits plus one, carried (`"199"` → `"200"`, `"99"` → `"100"`). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  const next = String.fromCharCode(digits.charCodeAt(i) + 1);
  return digits.slice(0, i) + next + "0".repeat(digits.length - i - 1);
}

/** The number times 10^decimals, rounded half away from zero on its shortest digits, as digits. */
function scaledDigits(abs: number, decimals: number): string {
  const { digits, point } = shortestDigits(abs);
  const keep = point + decimals;
  if (keep < 0) return "0";
  const kept =
    keep <= digits.length ? digits.slice(0, keep) : digits + "0".repeat(keep - digits.length);
  const up = keep < digits.length && digits.charCodeAt(keep) >= 53; // "5"
  return up ? incremented(kept) : kept || "0";
}

/** Dots between groups of three digits: `1540000` → `1.540.000`. */
function grouped(integer: string): string {
  const head = integer.length % 3 || 3;
  let out = integer.slice(0, head);
  for (let i = head; i < integer.length; i += 3) out += "." + integer.slice(i, i + 3);
  return out;
}

const fallback = new Map<number, Intl.NumberFormat>();

/** `Intl`'s own answer, for what is not a finite number (`NaN`, `∞`). */
function intlFormat(value: number, decimals: number): string {
  let format = fallback.get(decimals);
  if (!format) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    format = new Intl.NumberFormat("id-ID", digits);
    fallback.set(decimals, format);
  }
  return format.format(value);
}

/**
 * A number in Indonesian notation at exactly `decimals` decimals (0 to 20):
 * `1.540.000,50`, `-0,25`, `83,51`; what `Intl.NumberFormat("id-ID")` gives.
 */
export function formatIndonesian(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return intlFormat(value, decimals);
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  const scaled = scaledDigits(Math.abs(value), decimals).padStart(decimals + 1, "0");
  const integer = grouped(scaled.slice(0, scaled.length - decimals));
  return decimals === 0 ? sign + integer : `${sign}${integer},${scaled.slice(-decimals)}`;
}
