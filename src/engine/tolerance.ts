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
