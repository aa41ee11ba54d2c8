/**
 * The largest budget table the reader takes (300,000 rows, program › kegiatan ›
 * sub kegiatan), built as a snapshot directly: it is checked without error, and
 * the two mistakes planted in it are found with what they imply, and nothing else.
 */
import { budgetWorkbook } from "../../bench/budget-table";
import { checkWorkbook } from "../../src/engine/check/run";

describe("a 300,000-row budget table", () => {
  it("is checked, and only the planted mistakes are found", () => {
    // Each program takes 26 rows below the caption and header. Kegiatan 9 (program 1,
    // kegiatan 4, row 50) has a pagu 1,000,000 too many, so its sisa is not its pagu −
    // realisasi either. Sub kegiatan 50,001 (program 2,500, kegiatan 0, sub 1, row
    // 65,006) has a sisa 1,000 short, so its kegiatan's sisa (row 65,004) is not the sum.
    const workbook = budgetWorkbook(300_000, { wrongSisaSub: 50_001, wrongPaguKegiatan: 9 });
    expect(workbook.sheets[0].rows.length).toBeGreaterThan(299_970);
    expect(workbook.sheets[0].rows.length).toBeLessThanOrEqual(300_000);
    const { findings } = checkWorkbook(workbook);
    expect(findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([
      'JUMLAH_SALAH B50 Pagu "Kegiatan 1.4" ditulis 5.000.000, padahal jumlah 4 rinciannya 4.000.000',
      'SISA_SALAH E50 Sisa anggaran "Kegiatan 1.4" ditulis 1.600.000, padahal pagu − realisasi = 2.600.000',
      'JUMLAH_SALAH E65004 Sisa Anggaran "Kegiatan 2500.0" ditulis 1.600.000, padahal jumlah 4 rinciannya 1.599.000',
      'SISA_SALAH E65006 Sisa anggaran "Sub kegiatan 2500.0.1" ditulis 399.000, padahal pagu − realisasi = 400.000',
    ]);
  }, 120_000);
});
