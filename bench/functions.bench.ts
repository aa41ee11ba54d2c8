/**
 * CAPAIAN and KRITERIA over 1,000,000 numeric inputs, and over the same values
 * typed as Indonesian text (`83,51`), against the bare arithmetic they wrap, in
 * the same run.
 */
import * as lkjip from "../src";
import { BenchRow, medianMs } from "./measure";

/** Taken once, as a Node caller does with `const { CAPAIAN } = require(...)`. */
const { CAPAIAN, KRITERIA } = lkjip;

const N = 1_000_000;

function inputs(): { r: Float64Array; t: Float64Array } {
  const r = new Float64Array(N);
  const t = new Float64Array(N);
  let seed = 42;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < N; i++) {
    r[i] = next() * 150;
    t[i] = 1 + next() * 99;
  }
  return { r, t };
}

/** The Permendagri 86 kriteria of a capaian, written out bare (small enough to be inlined). */
function bareKriteria(c: number): string {
  return c > 90
    ? "Sangat Tinggi"
    : c > 75
      ? "Tinggi"
      : c > 65
        ? "Sedang"
        : c > 50
          ? "Rendah"
          : "Sangat Rendah";
}

function bare(r: Float64Array, t: Float64Array): number {
  let checksum = 0;
  for (let i = 0; i < N; i++) {
    const c = (r[i] / t[i]) * 100;
    const k = bareKriteria(c);
    checksum += c + k.length;
  }
  return checksum;
}

function engine(r: Float64Array, t: Float64Array): number {
  let checksum = 0;
  for (let i = 0; i < N; i++) {
    const c = CAPAIAN(r[i], t[i]) as number;
    const k = KRITERIA(c) as string;
    checksum += c + k.length;
  }
  return checksum;
}

/** A row comparing the engine's time with the bare arithmetic's, goal ≤ 3×. */
function ratioRow(name: string, engineMs: number, bareMs: number): BenchRow {
  const ratio = engineMs / bareMs;
  return {
    name,
    figure: `${ratio.toFixed(2)}× (${engineMs.toFixed(1)} ms / ${bareMs.toFixed(1)} ms)`,
    goal: "≤ 3×",
    met: ratio <= 3,
  };
}

/** The inputs as a report writer types them: two decimals after a comma. */
function typed(values: Float64Array): string[] {
  return Array.from(values, (v) => v.toFixed(2).replace(".", ","));
}

/**
 * The same loop as `engine`, kept apart on purpose: one function called with both
 * number and text arrays would make CAPAIAN's call site polymorphic and measure
 * both rows slower than a caller who passes one kind.
 */
function engineOnText(r: readonly string[], t: readonly string[]): number {
  let checksum = 0;
  for (let i = 0; i < N; i++) {
    const c = CAPAIAN(r[i], t[i]) as number;
    const k = KRITERIA(c) as string;
    checksum += c + k.length;
  }
  return checksum;
}

/**
 * Not a reader: the least work that turns the bench's own texts (at most three
 * digits, a comma, two digits) into their numbers. It reads the five characters
 * it needs from the end, with no check at all, so that its time is the floor
 * under any reader of these texts on this runtime: what CAPAIAN's ≤ 3× is up against.
 */
function floorValue(s: string): number {
  const m = s.length - 1;
  const d0 = s.charCodeAt(m) - 48;
  const d1 = s.charCodeAt(m - 1) - 48;
  const d2 = s.charCodeAt(m - 3) - 48;
  const i3 = m - 4;
  const k3 = ~(i3 >> 31);
  const d3 = (s.charCodeAt(i3 & k3) - 48) & k3;
  const i4 = m - 5;
  const k4 = ~(i4 >> 31);
  const d4 = (s.charCodeAt(i4 & k4) - 48) & k4;
  return (d0 + 10 * d1 + 100 * d2 + 1000 * d3 + 10000 * d4) / 100;
}

/** The bare loop over the texts read by {@link floorValue}: the arithmetic and kriteria of `bare`, no engine function called. */
function floorOnText(r: readonly string[], t: readonly string[]): number {
  let checksum = 0;
  for (let i = 0; i < N; i++) {
    const c = (floorValue(r[i]) / floorValue(t[i])) * 100;
    const k = bareKriteria(c);
    checksum += c + k.length;
  }
  return checksum;
}

/** CAPAIAN and KRITERIA on text numbers against the bare arithmetic on the numbers. */
export function benchTextFunctions(): BenchRow {
  const { r, t } = inputs();
  const rs = typed(r);
  const ts = typed(t);
  return ratioRow(
    "CAPAIAN + KRITERIA, 1.000.000 input teks angka (83,51), dibanding aritmetika polos",
    medianMs(() => engineOnText(rs, ts)),
    medianMs(() => bare(r, t))
  );
}

/**
 * The floor under text inputs: {@link floorOnText} against the bare arithmetic,
 * recorded beside the text row (it checks nothing, so it has no goal of its own).
 */
export function benchTextFloor(): BenchRow {
  const { r, t } = inputs();
  const rs = typed(r);
  const ts = typed(t);
  if (Math.abs(floorOnText(rs, ts) - engineOnText(rs, ts)) > 1e-6 * Math.abs(bare(r, t))) {
    throw new Error("the floor reads other numbers than CAPAIAN");
  }
  const floorMs = medianMs(() => floorOnText(rs, ts));
  const bareMs = medianMs(() => bare(r, t));
  return {
    name: "batas bawah teks: hanya membaca 5 karakter bentuk dd,dd tanpa memeriksa apa pun (bukan pengurai), dibanding aritmetika polos",
    figure: `${(floorMs / bareMs).toFixed(2)}× (${floorMs.toFixed(1)} ms / ${bareMs.toFixed(1)} ms)`,
    goal: "dicatat",
    met: true,
  };
}

/** Runs the comparison and returns its report row. */
export function benchFunctions(): BenchRow {
  const { r, t } = inputs();
  if (Math.abs(bare(r, t) - engine(r, t)) > 1e-6 * Math.abs(bare(r, t))) {
    throw new Error("engine and bare arithmetic disagree");
  }
  return ratioRow(
    "CAPAIAN + KRITERIA, 1.000.000 input angka, dibanding aritmetika polos",
    medianMs(() => engine(r, t)),
    medianMs(() => bare(r, t))
  );
}
