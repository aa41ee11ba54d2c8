/**
 * The report's Grafik for the generated tables: target against realisasi (Tabel 3.2,
 * 3.4), the two years' capaian (Tabel 3.8), and the serapan per program (Tabel 3.11).
 * Described here; drawn by the Excel host (exceljs cannot write charts).
 */
import { a1 } from "../workbook/address";
import { SheetSnapshot, sheetWidth } from "../workbook/snapshot";
import { FillResult } from "./generate";

/** One clustered column chart over ranges of a generated sheet. */
export interface ChartSpec {
  readonly sheet: string;
  readonly title: string;
  /** Category labels, e.g. `C3:C27`. */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** The top-left cell the chart is placed at. */
  readonly anchor: string;
}

interface Layout {
  readonly title: string;
  /** Header row index and data start. */
  readonly firstRow: number;
  readonly category: number;
  readonly series: readonly { readonly name: string; readonly col: number }[];
}

const LAYOUTS: Readonly<Record<string, Layout>> = {
  "3.2": {
    title: "Grafik Target dan Realisasi Kinerja Tujuan",
    firstRow: 2,
    category: 2,
    series: [
      { name: "Target", col: 4 },
      { name: "Realisasi", col: 5 },
    ],
  },
  "3.4": {
    title: "Grafik Target dan Realisasi Kinerja Sasaran",
    firstRow: 2,
    category: 2,
    series: [
      { name: "Target", col: 4 },
      { name: "Realisasi", col: 5 },
    ],
  },
  "3.8": {
    title: "Grafik Capaian Kinerja Dua Tahun",
    firstRow: 3,
    category: 1,
    series: [
      { name: "Capaian tahun lalu", col: 5 },
      { name: "Capaian tahun ini", col: 8 },
    ],
  },
  "3.11": {
    title: "Grafik Serapan Anggaran per Program",
    firstRow: 2,
    category: 1,
    series: [{ name: "% Realisasi", col: 4 }],
  },
};

function lastDataRow(sheet: SheetSnapshot, first: number, col: number): number {
  let last = first;
  for (let r = first; r < sheet.rows.length; r++) if (sheet.rows[r]?.[col]) last = r;
  return last;
}

/** The charts for what a fill generated (edited sheets kept as they are get none). */
export function chartsFor(fill: FillResult): ChartSpec[] {
  const kept = new Set(fill.kept.map((k) => k.id));
  return fill.generated.flatMap((g) => {
    const layout = LAYOUTS[g.id];
    const sheet = fill.workbook.sheets.find((s) => s.name === g.sheet);
    if (!layout || !sheet || kept.has(g.id)) return [];
    const last = lastDataRow(sheet, layout.firstRow, layout.series[0].col);
    const range = (col: number) => `${a1(layout.firstRow, col)}:${a1(last, col)}`;
    const width = sheetWidth(sheet);
    return [
      {
        sheet: g.sheet,
        title: layout.title,
        categories: range(layout.category),
        series: layout.series.map((s) => ({ name: s.name, values: range(s.col) })),
        anchor: a1(1, width + 1),
      },
    ];
  });
}
