/**
 * Precision first: a computed value matches a written one when they agree at the
 * written value's own precision (its decimals, at most 2), plus a hair for
 * floating point. 99.985 matches a written 100; 60.49 matches 60.5; 105.26 does
 * not match 142.86.
 */
/** A number as written: its value and the decimals shown. */
export interface WrittenPrecision {
  readonly value: number;
  readonly decimals: number;
}

/** Half a unit at 0 to 10 decimals, computed once: results and operands are judged by it on every row. */
const HALF_UNITS: readonly number[] = Array.from({ length: 11 }, (_, d) => 0.5 * 10 ** -d);

/** Half a unit at `d` decimals: from the table, any other count computed as asked. */
function halfUnitAt(d: number): number {
  return HALF_UNITS[d] ?? 0.5 * 10 ** -d;
}

/** Half a unit of the last written decimal, at most 2 decimals counted. */
export function halfUnit(decimals: number): number {
  return halfUnitAt(Math.min(Math.max(decimals, 0), 2));
}

/** True when `computed` rounds to what is written at the written precision. */
export function agrees(computed: number, written: WrittenPrecision): boolean {
  const hair = 1e-9 * Math.max(1, Math.abs(computed), Math.abs(written.value));
  return Math.abs(computed - written.value) <= halfUnit(written.decimals) + hair;
}

/** True when two written numbers agree at the coarser of their two precisions. */
export function sameWritten(a: WrittenPrecision, b: WrittenPrecision): boolean {
  const coarser = Math.min(a.decimals, b.decimals);
  return agrees(a.value, { value: b.value, decimals: coarser });
}

/**
 * The values a written operand may stand for: an integer is taken as exact (counts,
 * targets, Rupiah), a number with decimals as rounded to its last decimal.
 */
export function operandInterval(w: WrittenPrecision): readonly [number, number] {
  if (w.decimals <= 0) return [w.value, w.value];
  const half = roundingHalf(w.decimals);
  return [w.value - half, w.value + half];
}

/** Half a unit of an operand's last written decimal, at most 10 decimals counted. */
function roundingHalf(decimals: number): number {
  return halfUnitAt(Math.min(decimals, 10));
}

/**
 * The least and greatest value of a formula that is monotonic in each operand,
 * over the values the written operands may stand for (at most 4 operands: the
 * corners of their intervals).
 */
export function formulaRange(
  formula: (...xs: number[]) => number,
  operands: readonly WrittenPrecision[]
): readonly [number, number] {
  const n = operands.length;
  const corners = new Array<number>(n);
  let low = Infinity;
  let high = -Infinity;
  for (let mask = 0; mask < 1 << n; mask++) {
    for (let i = 0; i < n; i++) corners[i] = cornerOf(operands[i], (mask >> i) & 1);
    const v = applyTo(formula, corners);
    if (!Number.isFinite(v)) continue;
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  return [low, high];
}

/** One end of the values a written operand may stand for (`operandInterval`), without building the pair. */
function cornerOf(w: WrittenPrecision, end: number): number {
  if (w.decimals <= 0) return w.value;
  const half = roundingHalf(w.decimals);
  return end === 0 ? w.value - half : w.value + half;
}

/** A formula over some values, called with as many arguments as there are values (the run formulas count them). */
export function applyTo(formula: (...xs: number[]) => number, xs: readonly number[]): number {
  switch (xs.length) {
    case 1:
      return formula(xs[0]);
    case 2:
      return formula(xs[0], xs[1]);
    case 3:
      return formula(xs[0], xs[1], xs[2]);
    default:
      return formula(...xs);
  }
}

/**
 * True when a written result agrees with a formula of written operands: some value
 * the operands may stand for gives a result that rounds to what is written.
 * `formula(70, 66.7) = 95.29` still agrees with a written 95.24, since 66,7 may be 66,67.
 */
export function agreesWithOperands(
  formula: (...xs: number[]) => number,
  operands: readonly WrittenPrecision[],
  written: WrittenPrecision
): boolean {
  const n = operands.length;
  const exact =
    n === 1
      ? formula(operands[0].value)
      : n === 2
        ? formula(operands[0].value, operands[1].value)
        : formula(...operands.map((o) => o.value));
  if (Number.isFinite(exact) && agrees(exact, written)) return true;
  let rounded = false;
  for (let i = 0; i < n; i++) if (!(operands[i].decimals <= 0)) rounded = true;
  if (!rounded) return false;
  const [low, high] = formulaRange(formula, operands);
  return agreesWithin(low, high, written);
}

/** True when a written number rounds from some value between `low` and `high`, at its own precision. */
export function agreesWithin(low: number, high: number, written: WrittenPrecision): boolean {
  const hair = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high), Math.abs(written.value));
  const half = halfUnit(written.decimals) + hair;
  return written.value >= low - half && written.value <= high + half;
}
