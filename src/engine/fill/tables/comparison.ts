/**
 * Tabel 3.7 (tujuan) and 3.8 (sasaran): this year against last year, with Ket.
 */
import { IndicatorRecord } from "../../read/indicators";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { CellSnapshot } from "../../workbook/snapshot";
import { caption, groupedHeader, header, mergeRuns, sumber } from "../../workbook/layout";
import { formula, local, value } from "../cells";
import {
  capaianCell,
  fromCell,
  fromSource,
  FillContext,
  Generator,
  polaritasOf,
  valueOf,
} from "../context";
import { trenFormula } from "../excel-formulas";
import { realisasiOf } from "../sources";
import { realisasiCell } from "./performance";
import { TREN } from "../../functions/tren";
import { isFormulaError } from "../../errors";

interface YearCells {
  readonly target: CellSnapshot;
  readonly realisasi: CellSnapshot;
}

/** Target and realisasi of an indicator for a year: the PK's for the report year, the Realisasi sheet's before. */
function yearCells(ctx: FillContext, r: IndicatorRecord, year: number): YearCells {
  if (year === ctx.year)
    return { target: fromSource(r.target, "0.00"), realisasi: realisasiCell(ctx, r, year) };
  const source = realisasiOf(ctx.sources, r.indikator, year);
  return {
    target: fromSource(source?.target, "0.00"),
    realisasi: fromSource(source?.realisasi, "0.00"),
  };
}

function trenCell(
  lalu: CellSnapshot,
  kini: CellSnapshot,
  laluAt: string,
  kiniAt: string
): CellSnapshot {
  const t = TREN(valueOf(lalu), valueOf(kini));
  const computed =
    typeof lalu.value === "number" && typeof kini.value === "number" && !isFormulaError(t)
      ? t
      : "-";
  return formula(trenFormula(laluAt, kiniAt), computed);
}

/** Tabel 3.7: the tujuan indicators, one row per year. */
export const TABEL_3_7: Generator = {
  id: "3.7",
  title: "Perbandingan Realisasi Kinerja Tujuan dan Realisasi Kinerja Sebelumnya",
  usesPk: true,
  generate(ctx) {
    const records = ctx.sources.pkRecords.filter((r) => r.jenis === "tujuan");
    if (!records.length)
      return { skipped: "PK tidak memuat indikator tujuan (kolom Jenis = Tujuan)" };
    const b = new SheetBuilder(ctx.sheetName);
    caption(
      b,
      `Tabel 3.7 Perbandingan Realisasi Kinerja Tujuan Tahun ${ctx.year} dan Realisasi Kinerja Sebelumnya`
    );
    header(b, [
      "No",
      "Tujuan",
      "Indikator Kinerja Utama",
      "Satuan",
      "Tahun",
      "Target",
      "Realisasi",
      "Capaian Kinerja",
      "Ket.",
    ]);
    records.forEach((r, i) => {
      const first = b.nextRow;
      let previous: { capaian: CellSnapshot; row: number } | undefined;
      for (const year of [ctx.year - 1, ctx.year]) {
        const row = b.nextRow;
        const { target, realisasi } = yearCells(ctx, r, year);
        const capaian = capaianCell(
          realisasi,
          target,
          local(row, 6),
          local(row, 5),
          polaritasOf(r)
        );
        const ket = previous
          ? trenCell(previous.capaian, capaian, local(previous.row, 7), local(row, 7))
          : value(null);
        const sasaran = r.sasaranAt
          ? fromCell(r.table, r.sasaranAt.row, r.sasaranAt.col)
          : value(null);
        b.row([
          i + 1,
          sasaran,
          fromCell(r.table, r.indikatorAt.row, r.indikatorAt.col),
          fromSource(r.satuan),
          year,
          target,
          realisasi,
          capaian,
          ket,
        ]);
        previous = { capaian, row };
      }
      for (let col = 0; col <= 3; col++) {
        for (let row = first + 1; row < b.nextRow; row++) b.set(row, col, null);
        b.merge(first, col, b.nextRow - 1, col);
      }
    });
    sumber(b);
    return { sheet: b.buildTable() };
  },
};

/** Tabel 3.8: the sasaran indicators, "Tahun N-1" and "Tahun N" over target, realisasi, capaian. */
export const TABEL_3_8: Generator = {
  id: "3.8",
  title: "Perbandingan Realisasi Kinerja dan Realisasi Kinerja Tahun Sebelumnya",
  usesPk: true,
  generate(ctx) {
    const records = ctx.sources.pkRecords.filter((r) => r.jenis !== "tujuan");
    const b = new SheetBuilder(ctx.sheetName);
    caption(
      b,
      `Tabel 3.8 Perbandingan Realisasi Kinerja Tahun ${ctx.year} dan Realisasi Kinerja Tahun Sebelumnya`
    );
    const years = [ctx.year - 1, ctx.year].map((y) => ({
      title: `Tahun ${y}`,
      columns: ["Target", "Realisasi", "Capaian Kinerja"],
    }));
    groupedHeader(b, ["Sasaran", "Indikator Kinerja Utama", "Satuan"], years, ["Ket"]);
    const runs: { row: number; key: string }[] = [];
    for (const [i, r] of records.entries()) {
      const row = b.nextRow;
      runs.push({ row, key: r.sasaran ?? `\u0000${i}` });
      const lalu = yearCells(ctx, r, ctx.year - 1);
      const kini = yearCells(ctx, r, ctx.year);
      const cLalu = capaianCell(
        lalu.realisasi,
        lalu.target,
        local(row, 4),
        local(row, 3),
        polaritasOf(r)
      );
      const cKini = capaianCell(
        kini.realisasi,
        kini.target,
        local(row, 7),
        local(row, 6),
        polaritasOf(r)
      );
      const sasaran = r.sasaranAt
        ? fromCell(r.table, r.sasaranAt.row, r.sasaranAt.col)
        : value(null);
      b.row([
        sasaran,
        fromCell(r.table, r.indikatorAt.row, r.indikatorAt.col),
        fromSource(r.satuan),
        lalu.target,
        lalu.realisasi,
        cLalu,
        kini.target,
        kini.realisasi,
        cKini,
        trenCell(cLalu, cKini, local(row, 5), local(row, 8)),
      ]);
    }
    mergeRuns(b, 0, runs);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
