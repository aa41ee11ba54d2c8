/**
 * The report's own tables as Kota Bangun printed them in its LKjIP 2023, mistakes
 * included: Tabel 2.4, 2.5, 2.8, 3.2–3.5, 3.7, 3.8, 3.10–3.16, and the
 * uncaptioned comparison table that stands between 3.7 and 3.8.
 */
import { CellInputSpec, SheetBuilder } from "../engine/workbook/sheet-builder";
import { SheetSnapshot } from "../engine/workbook/snapshot";
import {
  ALLOCATION_2023,
  ALLOCATION_TOTAL,
  BUDGET_2022,
  BUDGET_2022_TOTAL,
  BUDGET_2023,
  EFFICIENCY_2023,
  LeveledRow,
  Printed,
  PROGRAM_INDICATORS,
} from "./budget";
import { IKM_SURVEY, INDICATORS, SampleIndicator, TUJUAN } from "./indicators";
import { caption, DEC2, header, MONEY, mergeRuns, num, plain, sumber } from "./layout";
import { groupedHeader } from "../engine/workbook/layout";
import { APBDES, APBDES_TOTAL, PADES, PADES_TOTAL, PATEN } from "./services";

const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Mei",
  "Jun",
  "Jul",
  "Agust",
  "Sep",
  "Okto",
  "Nov",
  "Des",
];

/** Rows of a per-indicator table with the sasaran merged over its indicators. */
function indicatorRows(
  b: SheetBuilder,
  sasaranCol: number,
  cells: (i: SampleIndicator) => CellInputSpec[]
): void {
  const rows = INDICATORS.map((i) => ({ row: b.row(cells(i)), key: i.sasaran }));
  mergeRuns(b, sasaranCol, rows);
}

/** Tabel 2.4: the PK as printed. */
export function tabel24(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 2.4");
  caption(b, "Tabel 2.4 Perjanjian Kinerja Tahun 2023");
  header(b, ["NO.", "SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN", "TARGET"]);
  const fmt = (i: SampleIndicator) => (i.target === 0.4 ? num(i.target, DEC2) : plain(i.target));
  indicatorRows(b, 1, (i) => [i.no, i.sasaran, i.indikator, i.satuan, fmt(i)]);
  sumber(b, "Sumber: PK Kantor Camat Kota Bangun 2023");
  return b.build();
}

/** Tabel 2.5: PK against data awal and the Renstra end target. */
export function tabel25(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 2.5");
  caption(
    b,
    "Tabel 2.5 Perbandingan Perjanjian Kinerja Tahun 2023 Dengan Data Awal dan Target Akhir Renstra Tahun 2026"
  );
  header(b, [
    "NO.",
    "SASARAN",
    "INDIKATOR KINERJA UTAMA",
    "SATUAN",
    "Data Awal (2021)",
    "Target 2023",
    "Target Akhir Renstra 2026",
  ]);
  indicatorRows(b, 1, (i) => [
    i.no,
    i.sasaran,
    i.indikator,
    i.satuan,
    plain(i.dataAwal),
    plain(i.target),
    plain(i.targetAkhir),
  ]);
  sumber(b);
  return b.build();
}

/** A leveled budget table: programs in capitals and bold, kegiatan bold, sub kegiatan plain. */
function leveledRows(
  b: SheetBuilder,
  rows: readonly LeveledRow[],
  formats: readonly string[]
): void {
  for (const [level, uraian, ...values] of rows) {
    const cells: CellInputSpec[] = values.map((v, k) => num(v, formats[k]));
    b.row([{ value: uraian, bold: level < 2 }, ...cells]);
  }
}

/** Tabel 2.8: allocation per program, kegiatan and sub kegiatan. */
export function tabel28(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 2.8");
  caption(b, "Tabel 2.8.", "Alokasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023");
  header(b, ["Uraian", "Sebelum Perubahan", "Sesudah Perubahan", "Bertambah/Berkurang"]);
  leveledRows(b, ALLOCATION_2023, [MONEY, MONEY, MONEY]);
  const [label, ...totals] = ALLOCATION_TOTAL;
  b.row([{ value: label, bold: true }, ...totals.map((v) => num(v, MONEY))]);
  return b.build();
}

/** Tabel 3.2 (tujuan) and 3.3 (IKM survey) on one sheet. */
export function tabel32dan33(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.2 dan 3.3");
  caption(b, "Tabel 3.2", "Perbandingan Antara Target dan Realisasi Kinerja Tujuan Tahun 2023");
  header(b, [
    "No",
    "Sasaran",
    "Indikator Kinerja Utama",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian Kinerja",
    "Kriteria Penilaian",
    "Formulasi Perhitungan",
  ]);
  b.row([
    1,
    TUJUAN.tujuan,
    TUJUAN.indikator,
    TUJUAN.satuan,
    TUJUAN.target,
    num(TUJUAN.realisasi, "0.000"),
    num(TUJUAN.capaian, DEC2),
    TUJUAN.kriteria,
    "Realisasi dibagi dengan Target",
  ]);
  sumber(b, "Sumber: Kantor Camat Kota Bangun, 2022");
  b.blank();
  b.blank();
  caption(b, "Tabel 3.3 Analisa Hasil Survey");
  const group = b.row([null, { value: "Nilai Unsur Pelayanan", bold: true }]);
  b.merge(group, 1, group, 9);
  header(b, [null, "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
  b.row(["IKM per unsur", ...IKM_SURVEY.unsur.map((u) => num(u, DEC2))]);
  b.row(["Kategori", ...IKM_SURVEY.kategori]);
  const ikm = b.row(["IKM Unit Layanan", IKM_SURVEY.ikm]);
  b.merge(ikm, 1, ikm, 9);
  sumber(b);
  return b.build();
}

/** The Tabel 3.4 layout, with per-table overrides of target, realisasi and capaian. */
function sasaranTable(
  b: SheetBuilder,
  override: (i: SampleIndicator) => Partial<SampleIndicator>
): void {
  header(b, [
    "SASARAN",
    "INDIKATOR KINERJA UTAMA",
    "SATUAN",
    "TARGET",
    "Realisasi",
    "Capaian Kinerja",
    "Kriteria Penilaian",
    "Formulasi Perhitungan",
  ]);
  indicatorRows(b, 0, (base) => {
    const i = { ...base, ...override(base) };
    return [
      i.sasaran,
      i.indikator,
      i.satuan,
      plain(i.target),
      plain(i.realisasi),
      plain(i.capaian),
      i.kriteria,
      i.formulasi,
    ];
  });
}

/** Tabel 3.4: targets 76 for the first two indicators, where the PK says 75. */
export function tabel34(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.4");
  caption(b, "Tabel 3.4", "Perbandingan Antara Target dan Realisasi Kinerja Sasaran Tahun 2023");
  sasaranTable(b, (i) => (i.no <= 2 ? { target: 76 } : {}));
  sumber(b);
  return b.build();
}

/** The uncaptioned repeat of Tabel 3.4 before Tabel 3.8, where LHKASN realisasi is 95. */
export function tabelTanpaJudul(): SheetSnapshot {
  const b = new SheetBuilder("Perbandingan 2023");
  b.row([
    "Adapun perbandingan realisasi kinerja tahun 2023 dengan tahun sebelumnya secara rinci tercantum dalam tabel di bawah ini :",
  ]);
  b.blank();
  sasaranTable(b, (i) => {
    if (i.no <= 2) return { target: 76 };
    if (i.no === 9) return { realisasi: 95, capaian: 95 };
    if (i.no === 10) return { realisasi: "\u0412" };
    return {};
  });
  return b.build();
}

/** Tabel 3.5: PADes per desa, typed as text in English format, with Jumlah PAD. */
export function tabel35(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.5");
  caption(b, "Tabel 3.5", "Pendapatan Asli Desa Diwilayah Kecamatan Kota Bangun Tahun 2023");
  header(b, ["NO.", "DESA", "TAHUN 2022 (Rp)", "TAHUN 2023 (Rp)", "KET"]);
  PADES.forEach(([desa, y2022, y2023], i) => b.row([i + 1, desa, y2022, y2023]));
  b.row([null, "Jumlah PAD", ...PADES_TOTAL]);
  sumber(b, "Sumber : Kecamatan Kota Bangun, 2023");
  return b.build();
}

/** Tabel 3.7: the tujuan indicator in 2022 and 2023, one row per year. */
export function tabel37(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.7");
  caption(
    b,
    "Tabel 3.7 Perbandingan Realisasi Kinerja Tujuan Tahun 2023 dan Realisasi Kinerja Sebelumnya"
  );
  header(b, [
    "No",
    "Sasaran",
    "Indikator Kinerja Utama",
    "Satuan",
    "Tahun",
    "Target",
    "Realisasi",
    "Capaian Kinerja",
    "Ket.",
  ]);
  const [t22, r22, c22] = TUJUAN.y2022;
  const [t23, r23, c23] = TUJUAN.y2023;
  const first = b.row([
    1,
    TUJUAN.tujuan,
    TUJUAN.indikator,
    TUJUAN.satuan,
    2022,
    t22,
    r22,
    num(c22, DEC2),
    null,
  ]);
  b.row([null, null, null, TUJUAN.satuan, 2023, t23, r23, c23, "Menurun"]);
  for (const col of [0, 1, 2]) b.merge(first, col, first + 1, col);
  sumber(b, "Sumber : Kantor Camat Kota Bangun, 2022");
  return b.build();
}

/** Tabel 3.8: two header rows, "Tahun 2022" and "Tahun 2023" over target, realisasi, capaian. */
export function tabel38(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.8");
  caption(
    b,
    "Tabel 3.8.",
    "Perbandingan Realisasi Kinerja Tahun 2023 dan Realisasi Kinerja Tahun Sebelumnya"
  );
  const columns = ["TARGET", "Realisasi", "Capaian Kinerja"];
  groupedHeader(
    b,
    ["SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN"],
    [2022, 2023].map((y) => ({ title: `Tahun ${y}`, columns })),
    ["Ket"]
  );
  const y2023 = (i: SampleIndicator): [Printed, Printed, Printed] => {
    if (i.no === 1) return [75, 80, 114.29];
    if (i.no === 2) return [75, 100, 142.86];
    return [i.target, i.realisasi, i.capaian] as [Printed, Printed, Printed];
  };
  indicatorRows(b, 0, (i) => [
    i.sasaran,
    i.indikator,
    i.satuan,
    ...i.y2022.map(plain),
    ...y2023(i).map(plain),
    i.ket,
  ]);
  sumber(b, "Sumber : Kantor Camat Kota Bangun, 2022");
  return b.build();
}

/** Tabel 3.10: faktor pendukung and penghambat, with "Tahun 2023" over the numbers. */
export function tabel310(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.10");
  caption(b, "Tabel 3.10 Faktor Pendukung Dan Penghambat Realisasi Kinerja Sasaran Tahun 2023");
  groupedHeader(
    b,
    ["SASARAN", "INDIKATOR KINERJA UTAMA", "SATUAN"],
    [{ title: "Tahun 2023", columns: ["TARGET", "Realisasi", "Capaian Kinerja"] }],
    ["Faktor Pendukung", "Faktor Penghambat"]
  );
  indicatorRows(b, 0, (i) => {
    const [t, r, c] =
      i.no === 1
        ? [75, 80, 114.29]
        : i.no === 2
          ? [75, 100, 142.86]
          : [i.target, i.realisasi, i.capaian];
    return [
      i.sasaran,
      i.indikator,
      i.satuan,
      plain(t),
      plain(r),
      plain(c),
      i.pendukung,
      i.penghambat,
    ];
  });
  sumber(b);
  return b.build();
}

/** Tabel 3.11 (efficiency per program) and 3.12 (program indicators) on one sheet. */
export function tabel311dan312(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.11 dan 3.12");
  caption(b, "Tabel 3.11.", "Analisis Efisiensi Pencapaian Sasaran Strategis Tahun 2023");
  header(b, ["No", "Program", "Anggaran", "Realisasi (Rp.)", "% Realisasi", "Ket."]);
  EFFICIENCY_2023.forEach(([program, pagu, realisasi, persen, ket], i) =>
    b.row([i + 1, program, num(pagu, MONEY), num(realisasi, MONEY), num(persen, DEC2), ket])
  );
  sumber(b);
  b.blank();
  b.blank();
  caption(b, "Tabel 3.12.", "Analisis Program Pencapaian Target Kinerja Tahun 2023");
  header(b, [
    "Program",
    "Indikator",
    "Target",
    "Realisasi (Rp.)",
    "% Capaian",
    "Faktor Pendukung",
    "Faktor Penghambat",
  ]);
  const rows = PROGRAM_INDICATORS.map((p) => ({ row: b.row([...p]), key: p[0] }));
  mergeRuns(b, 0, rows);
  sumber(b);
  return b.build();
}

/** Tabel 3.13: PATEN services per month, section totals in "Total Perbulan" rows. */
export function tabel313(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.13");
  caption(
    b,
    "Tabel 3.13. LAPORAN PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN) KECAMATAN KOTA BANGUN BULAN: JANUARI S/D DESEMBER 2023"
  );
  groupedHeader(
    b,
    ["No.", "Nama", "Jenis Pelayanan"],
    [{ title: "Jumlah Kegiatan Pelayanan Untuk Perbulan", columns: MONTHS }],
    ["Keterangan"]
  );
  PATEN.forEach((s, k) => {
    const first = b.nextRow;
    for (const [layanan, counts, total] of s.layanan)
      b.row([k + 1, s.seksi, layanan, ...counts, total]);
    b.merge(first, 0, b.nextRow - 1, 0);
    b.merge(first, 1, b.nextRow - 1, 1);
    const totalRow = b.row([null, "Total Perbulan", null, ...s.total, s.grandTotal]);
    b.merge(totalRow, 1, totalRow, 2);
  });
  sumber(b);
  return b.build();
}

/** Tabel 3.14: APBDes realisation per desa with its Jumlah row. */
export function tabel314(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.14");
  caption(b, "Tabel 3.14.", "Daftar Realisasi APBDes Tahun 2023 Per 30 Desember 2023");
  groupedHeader(
    b,
    ["No", "Desa"],
    [
      {
        title: "Sumber Dana (ADD, DD, BHPRD, Bankeu Provinsi, PADes)",
        columns: ["Pagu (Rp)", "Realisasi (Rp)"],
      },
    ],
    ["% Realisasi", "Predikat"]
  );
  APBDES.forEach(([desa, pagu, realisasi, persen, predikat], i) =>
    b.row([i + 1, desa, num(pagu, MONEY), num(realisasi, MONEY), num(persen, DEC2), predikat])
  );
  const [pagu, realisasi, persen] = APBDES_TOTAL;
  b.row([null, "Jumlah", num(pagu, MONEY), num(realisasi, MONEY), num(persen, DEC2)]);
  sumber(b);
  return b.build();
}

/** Tabel 3.15: realisation 2023, program and kegiatan in their own merged columns. */
export function tabel315(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.15");
  caption(
    b,
    "Tabel 3.15. Realisasi Anggaran Program Dan Kegiatan Tahun 2023 Kecamatan Kota Bangun"
  );
  header(b, [
    "Program",
    "Kegiatan",
    "Uraian Sub Kegiatan",
    "Pagu anggaran",
    "Realisasi",
    "Capaian",
    "Sisa Anggaran",
  ]);
  for (const p of BUDGET_2023) {
    const programRows: { row: number; key: string }[] = [];
    for (const k of p.kegiatan) {
      const kegiatanRows = k.sub.map(([uraian, pagu, realisasi, capaian, sisa]) => ({
        row: b.row([
          p.program,
          k.nama,
          uraian,
          num(pagu, MONEY),
          num(realisasi, MONEY),
          capaian,
          num(sisa, MONEY),
        ]),
        key: k.nama,
      }));
      mergeRuns(b, 1, kegiatanRows);
      programRows.push(...kegiatanRows.map((r) => ({ row: r.row, key: p.program })));
    }
    mergeRuns(b, 0, programRows);
  }
  sumber(b);
  return b.build();
}

/** Tabel 3.16: realisation 2022 in one Uraian column, hierarchy by capitals and bold. */
export function tabel316(): SheetSnapshot {
  const b = new SheetBuilder("Tabel 3.16");
  caption(
    b,
    "Tabel 3.16. Realisasi Anggaran Program dan Kegiatan Tahun 2022 Kecamatan Kota Bangun"
  );
  header(b, [
    "Kegiatan dan Sub Kegiatan",
    "Pagu",
    "Realisasi Keuangan",
    "Capaian Realisasi",
    "Sisa Anggaran",
  ]);
  leveledRows(b, BUDGET_2022, [MONEY, MONEY, "General", MONEY]);
  const [label, ...totals] = BUDGET_2022_TOTAL;
  b.row([
    label,
    num(totals[0], MONEY),
    num(totals[1], MONEY),
    num(totals[2], DEC2),
    num(totals[3], MONEY),
  ]);
  sumber(b);
  return b.build();
}
