/**
 * The lines of the Pengaturan sheet as zod schemas: what each value must be. A
 * value that fails is not dropped in silence: the reader turns the failure into
 * a problem on the value's cell, saying what was expected and what the check
 * falls back to (see settings.ts). Each schema is built on first use: a workbook
 * without those lines never builds them.
 */
import { lazy, z } from "../schema";
import { METODE_EFISIENSI } from "../functions/efisiensi";
import { cleanText } from "../text";

/** A cell's value as the sheet holds it, with its number format. */
export const CELL_INPUT = lazy(() =>
  z.object({
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    numFmt: z.string().optional(),
  })
);

/** A cell's value as the schemas read it. */
export type CellInput = z.infer<ReturnType<typeof CELL_INPUT>>;

const digitsOnly = (pattern: RegExp) => (input: CellInput) =>
  typeof input.value === "string" && pattern.test(input.value.trim())
    ? Number(input.value.trim().replace(",", "."))
    : input.value;

/** `Tahun laporan`: a year of four digits, typed as a number or as text. */
export const TAHUN_LAPORAN = lazy(() =>
  z.preprocess(digitsOnly(/^\d{4}$/), z.number().int().min(2000).max(2100))
);

/** `Metode efisiensi`: one of the methods EFISIENSI knows, under any of its names. */
export const METODE = lazy(() =>
  z.preprocess(
    (input: CellInput) =>
      typeof input.value === "string" ? input.value.trim().toLowerCase() : input.value,
    z.enum(Object.keys(METODE_EFISIENSI.aliases) as [string, ...string[]])
  )
);

/** `Batas capaian`: a percentage of at least 100 (120, `120%`, or 1,2 formatted as percent). */
export const BATAS_CAPAIAN = lazy(() =>
  z.preprocess((input: CellInput) => {
    if (typeof input.value === "number")
      return input.numFmt?.includes("%") ? input.value * 100 : input.value;
    const m =
      typeof input.value === "string" && input.value.trim().match(/^(\d+(?:[.,]\d+)?)\s*%?$/);
    return m ? Number(m[1].replace(",", ".")) : input.value;
  }, z.number().min(100).max(1000))
);

/** A rule's id as typed: letters, digits and underscores, read in capitals. */
export const ATURAN = lazy(() =>
  z
    .string()
    .transform((s) => cleanText(s).toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9_*]*$/))
);

/** A cell address as typed in an `Abaikan` line (`F7`, `$F$7`), read without dollars. */
export const SEL = lazy(() =>
  z
    .string()
    .transform((s) => s.replace(/\$/g, "").trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/))
);

/** An `Abaikan` line: the rule, the sheet and cell of the finding, and the reason. */
export const ABAIKAN = lazy(() =>
  z.object({
    rule: ATURAN(),
    sheet: z.string().trim().min(1),
    cell: SEL(),
    alasan: z.string(),
  })
);

/** One ignored finding: the rule and the cell, and why. */
export type AbaikanLine = z.infer<ReturnType<typeof ABAIKAN>>;
