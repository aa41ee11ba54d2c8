/**
 * What a check gives to the outside, as zod schemas: a finding (SPEC section 4),
 * a file's result, and the document `lkjip periksa --format json` prints. They
 * are the contract for those who script the CLI (published as a JSON Schema,
 * docs/temuan.schema.json) and the one list of columns of the pane's
 * "Hasil Pemeriksaan" sheet. The types of findings flow from here.
 */
import { z } from "./schema";
import { SCHEMA_VERSION } from "./schema-version";

export { SCHEMA_VERSION };

/** How sure the checker is that a number is wrong. */
export const SEVERITY = z
  .enum(["error", "warning", "info"])
  .describe("error: angka salah; warning: mungkin salah, perlu dilihat; info: catatan");

/** One thing wrong in the workbook. */
export const FINDING = z
  .strictObject({
    rule: z.string().describe("Aturan, misalnya CAPAIAN_SALAH"),
    severity: SEVERITY,
    sheet: z.string().describe("Nama lembar"),
    cell: z.string().describe("Alamat A1 di lembar itu"),
    table: z.string().describe("Tabel tempat sel itu, misalnya Tabel 3.4"),
    message: z.string().describe("Pesan dalam bahasa Indonesia"),
    expected: z.string().describe("Nilai seharusnya, sebagai teks (kosong bila tidak ada)"),
    actual: z.string().describe("Nilai tertulis, sebagai teks"),
    related: z
      .array(z.string())
      .readonly()
      .describe("Sel lain yang terlibat, dengan nama lembar ('Tabel 2.4'!E4)"),
  })
  .readonly();

/** Findings counted by severity. */
export const SUMMARY = z
  .strictObject({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
  })
  .readonly();

/** A finding set aside by an Abaikan line, with its reason. */
export const IGNORED = z.strictObject({ finding: FINDING, alasan: z.string() }).readonly();

/** One file's result: its findings, or why it could not be read. */
export const FILE_RESULT = z.strictObject({
  file: z.string().describe("Berkas sebagaimana disebut di baris perintah"),
  findings: z.array(FINDING),
  summary: SUMMARY,
  ignored: z.array(IGNORED).optional().describe("Temuan yang diabaikan lewat baris Abaikan"),
  error: z.string().optional().describe("Mengapa berkas tidak dapat dibaca (status keluar 2)"),
  penjelasan: z
    .unknown()
    .optional()
    .describe("Dengan --jelaskan: tabel yang dibaca, peran kolom, dan hubungan yang disimpulkan"),
});

/** The document `lkjip periksa --format json` prints. */
export const CHECK_OUTPUT = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  files: z.array(FILE_RESULT),
});

/** One thing wrong in the workbook. */
export type Finding = z.infer<typeof FINDING>;

/** How sure the checker is that a number is wrong. */
export type Severity = z.infer<typeof SEVERITY>;

/** The document `lkjip periksa --format json` prints. */
export type CheckOutput = z.infer<typeof CHECK_OUTPUT>;
