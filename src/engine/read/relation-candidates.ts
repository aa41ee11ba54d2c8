/**
 * The relationships a numeric column may follow, as candidates to be tallied:
 * the shapes looked for (ratios, differences, sums, growth, quotients, constant
 * factors, sums and means of a run of columns), which columns may be results,
 * and the ones a table states itself (a column-number row such as
 * `5 = 4/3x100%`, a header beside its operands). A candidate is only a guess
 * until the numbers support it (read/relations).
 */
import { Column, Table } from "./table";
import { columnNumber } from "./header-band";
import { NUMERIC_ROLES, squeeze } from "./header-roles";

/** The shapes of relationship looked for. */
export type RelationKind =
  | "rasio"
  | "selisih"
  | "jumlah"
  | "pertumbuhan"
  | "hasilBagi"
  | "kali"
  | "jumlahDeret"
  | "rataDeret";

/** Roles that hold numbers the relationships may use. */
export const OPERAND_ROLES: ReadonlySet<string> = new Set([
  ...NUMERIC_ROLES,
  "indeksEfisiensi",
  "bobot",
  "angka",
]);

/** Roles of columns that are typed in, never computed from other columns. */
const INPUTS = new Set([
  "target",
  "realisasi",
  "realisasiAnggaran",
  "pagu",
  "sebelum",
  "dataAwal",
  "targetRenstra",
  "unsur",
  "bulan",
  "nilai",
  "bobot",
]);

/** True when a column may be computed from others (it holds numbers and is not typed in). */
export function mayBeDerived(col: Column): boolean {
  return OPERAND_ROLES.has(col.role) && !INPUTS.has(col.role);
}

const FACTORS = [100, 25, 0.111, 1 / 9, 0.01];

export interface Candidate {
  readonly kind: RelationKind;
  readonly operands: readonly Column[];
  readonly factor?: number;
  readonly declared?: string;
}

export type Formula = (...xs: number[]) => number;

/** The formula of each kind but `kali`, made once: candidates are tallied by the thousand. */
const FORMULAS: Readonly<Record<Exclude<RelationKind, "kali">, Formula>> = {
  rasio: (a, b) => (a / b) * 100,
  selisih: (a, b) => a - b,
  jumlah: (a, b) => a + b,
  pertumbuhan: (a, b) => ((a - b) / b) * 100,
  hasilBagi: (a, b) => a / b,
  jumlahDeret: (...xs) => xs.reduce((s, x) => s + x, 0),
  rataDeret: (...xs) => xs.reduce((s, x) => s + x, 0) / xs.length,
};

/** `kali`'s formula per factor, made once per factor. */
const TIMES = new Map<number, Formula>();

/** The formula of a candidate, over its operands' values in order. */
export function formulaOf(c: Pick<Candidate, "kind" | "factor" | "operands">): Formula {
  if (c.kind !== "kali") return FORMULAS[c.kind];
  const factor = c.factor ?? 1;
  let times = TIMES.get(factor);
  if (!times) TIMES.set(factor, (times = (a) => a * factor));
  return times;
}

/** True when the operands of a row make a candidate computable (no division by 0, no blank). */
export function computable(kind: RelationKind, values: readonly number[]): boolean {
  switch (kind) {
    case "rasio":
    case "hasilBagi":
    case "pertumbuhan":
      return values[1] !== 0 && values[0] !== 0;
    case "selisih":
    case "jumlah":
      return values[0] !== 0 && values[1] !== 0;
    case "kali":
      return values[0] !== 0;
    default: {
      let nonZero = 0;
      for (const v of values) if (v !== 0) nonZero++;
      return nonZero >= 2;
    }
  }
}

/**
 * True when a supporting row could not agree by mere coincidence: a ratio of two
 * different numbers, a sum of numbers that are not tiny, a run of unequal values.
 */
export function telling(kind: RelationKind, values: readonly number[], result: number): boolean {
  switch (kind) {
    case "rasio":
    case "hasilBagi":
    case "pertumbuhan":
      return values[0] !== values[1];
    case "selisih":
    case "jumlah":
      return Math.abs(result) >= 10 || !Number.isInteger(result);
    case "kali":
      return values[0] !== 1;
    default:
      for (const v of values)
        if (v !== values[0] && !(v !== v && values[0] !== values[0])) return true;
      return false;
  }
}

/** Sums and differences are looked for only among near columns (a coincidence elsewhere is likely). */
function near(cols: readonly Column[], ...members: Column[]): boolean {
  const at = members.map((m) => cols.indexOf(m));
  return Math.max(...at) - Math.min(...at) <= 3;
}

/** Months are counts side by side: never a ratio or a difference of each other. */
function bothMonths(a: Column, b: Column): boolean {
  return a.role === "bulan" && b.role === "bulan";
}

export function pairs(cols: readonly Column[], target: Column): Candidate[] {
  const out: Candidate[] = [];
  for (const a of cols) {
    if (a === target) continue;
    for (const b of cols) {
      if (b === target || b === a || bothMonths(a, b)) continue;
      out.push({ kind: "rasio", operands: [a, b] });
      out.push({ kind: "pertumbuhan", operands: [a, b] });
      out.push({ kind: "hasilBagi", operands: [a, b] });
      if (!near(cols, a, b, target)) continue;
      out.push({ kind: "selisih", operands: [a, b] });
      if (a.col < b.col) out.push({ kind: "jumlah", operands: [a, b] });
    }
    for (const factor of FACTORS) out.push({ kind: "kali", operands: [a], factor });
  }
  return out;
}

/** Runs of two or more neighbouring numeric columns just left or just right of the target. */
export function runs(cols: readonly Column[], target: Column): Candidate[] {
  const i = cols.indexOf(target);
  const out: Candidate[] = [];
  for (let len = 2; len <= Math.max(i, cols.length - i - 1); len++) {
    if (i - len >= 0) {
      const left = cols.slice(i - len, i);
      out.push({ kind: "jumlahDeret", operands: left }, { kind: "rataDeret", operands: left });
    }
    if (i + len < cols.length) {
      const right = cols.slice(i + 1, i + 1 + len);
      out.push({ kind: "jumlahDeret", operands: right }, { kind: "rataDeret", operands: right });
    }
  }
  return out;
}

const DECLARED =
  /^\(?\s*(\d{1,2})\s*\)?\s*=\s*\(?\s*(\d{1,2})\s*\)?\s*([/:\-+])\s*\(?\s*(\d{1,2})\s*\)?\s*(?:[x×*]\s*100\s*%?)?$/i;

/** The relationship a column-number cell states (`5 = 4/3x100%`, `(6) = (5) - (4)`). */
export function declaredBy(
  table: Table,
  target: Column,
  cols: readonly Column[]
): Candidate | undefined {
  const text = table.numbering?.get(target.col);
  const m = text ? DECLARED.exec(text.replace(/\s+/g, " ")) : null;
  if (!m || !table.numbering) return undefined;
  const byNumber = new Map<number, Column>();
  for (const col of cols) {
    const n = columnNumber(table.numbering.get(col.col) ?? "");
    if (n !== undefined) byNumber.set(n, col);
  }
  const a = byNumber.get(Number(m[2]));
  const b = byNumber.get(Number(m[4]));
  if (!a || !b) return undefined;
  const hundred = /100/.test(text!);
  const kind: RelationKind =
    m[3] === "-" ? "selisih" : m[3] === "+" ? "jumlah" : hundred ? "rasio" : "hasilBagi";
  return { kind, operands: [a, b], declared: `baris nomor kolom "${text}"` };
}

/**
 * Headers that say what a column is: a capaian beside one target and one
 * realisasi (of its year) is realisasi / target × 100; a percentage beside pagu
 * and realisasi is realisasi / pagu × 100; a sisa is pagu − realisasi.
 */
export function declaredByRoles(target: Column, cols: readonly Column[]): Candidate[] {
  const one = (...roles: string[]) => {
    const found = cols.filter(
      (c) => roles.includes(c.role) && (target.year === undefined || c.year === target.year)
    );
    return found.length === 1 ? found[0] : undefined;
  };
  const realisasi = one("realisasi");
  const money = one("realisasiAnggaran") ?? realisasi;
  const pagu = one("pagu");
  if (target.role === "capaian" && realisasi && one("target"))
    return [
      {
        kind: "rasio",
        operands: [realisasi, one("target")!],
        declared: `judul kolom "${target.header}"`,
      },
    ];
  if ((target.role === "persen" || target.role === "capaian") && money && pagu)
    return [{ kind: "rasio", operands: [money, pagu], declared: `judul kolom "${target.header}"` }];
  const capaian = one("capaian");
  const persen = one("persen");
  if (target.role === "indeksEfisiensi" && capaian && persen)
    return [
      {
        kind: "hasilBagi",
        operands: [capaian, persen],
        declared: `judul kolom "${target.header}"`,
      },
    ];
  if (target.role === "sisa" && money && pagu)
    return [
      { kind: "selisih", operands: [pagu, money], declared: `judul kolom "${target.header}"` },
    ];
  return [];
}

/** A `Jumlah` / `Total` header declares the sum of the run of columns left of it. */
export function declaredTotal(target: Column, cols: readonly Column[]): Candidate[] {
  if (!/^(jumlah|total)/.test(squeeze(target.header))) return [];
  const i = cols.indexOf(target);
  const out: Candidate[] = [];
  for (let len = 2; len <= i; len++)
    out.push({
      kind: "jumlahDeret",
      operands: cols.slice(i - len, i),
      declared: `judul kolom "${target.header}"`,
    });
  return out;
}
