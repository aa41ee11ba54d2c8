/**
 * Tabel 3.2 (tujuan), 3.4 (sasaran), 3.10 (faktor pendukung / penghambat) and 3.12
 * (program indicators): target against realisasi with capaian and kriteria.
 */
import { IndicatorRecord, indicatorRecords } from "../../read/indicators";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { CellSnapshot } from "../../workbook/snapshot";
import { formula, local, value } from "../cells";
import {
  capaianCell,
  derivedRealisasi,
  fromCell,
  fromSource,
  FillContext,
  Generator,
  polaritasOf,
} from "../context";
import { Role } from "../../read/header-roles";
import { columnOf } from "../../read/table";
import { kriteriaFormula } from "../excel-formulas";
import { realisasiOf } from "../sources";
import { caption, header, mergeRuns, sumber } from "../../workbook/layout";
import { kriteriaPermendagri86 } from "../../scales";

const isTujuan = (r: IndicatorRecord) => r.jenis === "tujuan";

/** Realisasi of a PK indicator for a year: derived from its sheet, else from the Realisasi sheet. */
export function realisasiCell(ctx: FillContext, r: IndicatorRecord, year: number): CellSnapshot {
  return (
    derivedRealisasi(ctx, r.indikator, year) ??
    fromSource(realisasiOf(ctx.sources, r.indikator, year)?.realisasi)
  );
}

function kriteriaCell(capaian: CellSnapshot, at: string): CellSnapshot {
  return formula(
    kriteriaFormula(at),
    typeof capaian.value === "number" ? kriteriaPermendagri86(capaian.value) : "N/A"
  );
}

interface Layout {
  readonly label: string;
  readonly extra: readonly string[];
  readonly extraCells: (ctx: FillContext, r: IndicatorRecord) => CellSnapshot[];
}

function targetTable(
  ctx: FillContext,
  records: readonly IndicatorRecord[],
  title: string,
  layout: Layout
) {
  const b = new SheetBuilder(ctx.sheetName);
  caption(b, title);
  header(b, [
    "No",
    layout.label,
    "Indikator Kinerja Utama",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian Kinerja",
    "Kriteria Penilaian",
    ...layout.extra,
  ]);
  const runs: { row: number; key: string }[] = [];
  records.forEach((r, i) => {
    const row = b.nextRow;
    runs.push({ row, key: r.sasaran ?? `\u0000${i}` });
    const target = fromSource(r.target, "0.00");
    const realisasi = realisasiCell(ctx, r, ctx.year);
    const capaian = capaianCell(realisasi, target, local(row, 5), local(row, 4), polaritasOf(r));
    const sasaran = r.sasaranAt
      ? fromCell(r.table, r.sasaranAt.row, r.sasaranAt.col)
      : value(r.sasaran ?? null);
    const indikator = fromCell(r.table, r.indikatorAt.row, r.indikatorAt.col);
    b.row([
      i + 1,
      sasaran,
      indikator,
      fromSource(r.satuan),
      target,
      realisasi,
      capaian,
      kriteriaCell(capaian, local(row, 6)),
      ...layout.extraCells(ctx, r),
    ]);
  });
  mergeRuns(b, 1, runs);
  sumber(b);
  return { sheet: b.buildTable() };
}

const NONE: Layout["extraCells"] = () => [];

function faktor(ctx: FillContext, r: IndicatorRecord): CellSnapshot[] {
  const source = realisasiOf(ctx.sources, r.indikator, ctx.year);
  if (!source) return [value(null), value(null)];
  const col = (role: Role) => columnOf(source.table, role)?.col;
  return [
    fromCell(source.table, source.row, col("pendukung")),
    fromCell(source.table, source.row, col("penghambat")),
  ];
}

/** A target-against-realisasi generator over the tujuan or the sasaran indicators of the PK. */
function targetGenerator(id: string, title: string, tujuan: boolean, layout: Layout): Generator {
  return {
    id,
    title,
    usesPk: true,
    generate(ctx) {
      const records = ctx.sources.pkRecords.filter((r) => isTujuan(r) === tujuan);
      if (tujuan && !records.length)
        return { skipped: "PK tidak memuat indikator tujuan (kolom Jenis = Tujuan)" };
      return targetTable(ctx, records, `Tabel ${id} ${title} Tahun ${ctx.year}`, layout);
    },
  };
}

/** Tabel 3.2: the tujuan indicators. */
export const TABEL_3_2 = targetGenerator(
  "3.2",
  "Perbandingan Antara Target dan Realisasi Kinerja Tujuan",
  true,
  {
    label: "Tujuan",
    extra: [],
    extraCells: NONE,
  }
);

/** Tabel 3.4: the sasaran indicators of the PK. */
export const TABEL_3_4 = targetGenerator(
  "3.4",
  "Perbandingan Antara Target dan Realisasi Kinerja Sasaran",
  false,
  {
    label: "Sasaran",
    extra: [],
    extraCells: NONE,
  }
);

/** Tabel 3.10: the sasaran indicators with their supporting and hindering factors. */
export const TABEL_3_10 = targetGenerator(
  "3.10",
  "Faktor Pendukung Dan Penghambat Realisasi Kinerja Sasaran",
  false,
  {
    label: "Sasaran",
    extra: ["Faktor Pendukung", "Faktor Penghambat"],
    extraCells: faktor,
  }
);

/** Tabel 3.12: program indicators with capaian. */
export const TABEL_3_12: Generator = {
  id: "3.12",
  title: "Analisis Program Pencapaian Target Kinerja",
  usesPk: false,
  generate(ctx) {
    const table = ctx.sources.program;
    if (!table) return { skipped: 'lembar sumber "Program" tidak ada' };
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.12 Analisis Program Pencapaian Target Kinerja Tahun ${ctx.year}`);
    header(b, [
      "Program",
      "Indikator",
      "Target",
      "Realisasi",
      "% Capaian",
      "Faktor Pendukung",
      "Faktor Penghambat",
    ]);
    const runs: { row: number; key: string }[] = [];
    for (const [i, r] of indicatorRecords(table).entries()) {
      const row = b.nextRow;
      runs.push({ row, key: r.program ?? `\u0000${i}` });
      const target = fromSource(r.target, "0.00");
      const realisasi = fromSource(r.realisasi, "0.00");
      const text = (role: Role) => fromCell(table, r.row, columnOf(table, role)?.col);
      const capaian = capaianCell(realisasi, target, local(row, 3), local(row, 2), "positif");
      b.row([
        text("program"),
        text("indikator"),
        target,
        realisasi,
        capaian,
        text("pendukung"),
        text("penghambat"),
      ]);
    }
    mergeRuns(b, 0, runs);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
