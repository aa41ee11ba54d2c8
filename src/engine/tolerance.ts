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

/** Half a unit of the last written decimal, at most 2 decimals counted. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -Math.min(Math.max(decimals, 0), 2);
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
  const half = 0.5 * 10 ** -Math.min(w.decimals, 10);
  return [w.value - half, w.value + half];
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
  const intervals = operands.map(operandInterval);
  let low = Infinity;
  let high = -Infinity;
  for (let mask = 0; mask < 1 << intervals.length; mask++) {
    const v = formula(...intervals.map((iv, i) => iv[(mask >> i) & 1]));
    if (!Number.isFinite(v)) continue;
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  return [low, high];
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
  const exact = formula(...operands.map((o) => o.value));
  if (Number.isFinite(exact) && agrees(exact, written)) return true;
  if (operands.every((o) => o.decimals <= 0)) return false;
  const [low, high] = formulaRange(formula, operands);
  return agreesWithin(low, high, written);
}

/** True when a written number rounds from some value between `low` and `high`, at its own precision. */
export function agreesWithin(low: number, high: number, written: WrittenPrecision): boolean {
  const hair = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high), Math.abs(written.value));
  const half = halfUnit(written.decimals) + hair;
  return written.value >= low - half && written.value <= high + half;
}
