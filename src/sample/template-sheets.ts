/**
 * The template's source sheets filled with the Kota Bangun 2023 data: the PK with
 * polarity, realisasi per year, the Renstra, program indicators, the budget with
 * its hierarchy, the IKM survey, PADes, APBDes, PATEN and the LHKASN list.
 */
import { SheetBuilder } from "../engine/workbook/sheet-builder";
import { SheetSnapshot } from "../engine/workbook/snapshot";
import {
  BUDGET_2022,
  BUDGET_2023,
  INTENDED_REALISASI_2023,
  LeveledRow,
  PROGRAM_INDICATORS,
} from "./budget";
import { IKM_SURVEY, INDICATORS, TUJUAN } from "./indicators";
import { header, MONEY, num, plain } from "./layout";
import { APBDES, LHKASN, PADES, PATEN } from "./services";

/** The settings sheet: instansi, report year, efficiency method, and the rule switches table. */
export function settingsSheet(): SheetSnapshot {
  const b = new SheetBuilder("Pengaturan");
  b.row([{ value: "Pengaturan Asisten LKjIP", bold: true }]);
  b.row(["Instansi", "Kecamatan Kota Bangun"]);
  b.row(["Tahun laporan", 2023]);
  b.row(["Metode efisiensi", "lkjip"]);
  b.blank();
  header(b, ["Jenis", "Aturan", "Lembar", "Sel", "Alasan"]);
  return b.build();
}

/** The PK with jenis and polarity; the tujuan indicator first. */
export function pkSheet(): SheetSnapshot {
  const b = new SheetBuilder("PK");
  header(b, ["No", "Jenis", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2023", "Polaritas"]);
  b.row([0, "Tujuan", TUJUAN.tujuan, TUJUAN.indikator, TUJUAN.satuan, 75, "positif"]);
  for (const i of INDICATORS)
    b.row([i.no, "Sasaran", i.sasaran, i.indikator, i.satuan, i.target, i.polaritas]);
  return b.build();
}

/** Indicators whose realisasi the template computes from another sheet (IKM, PADes, Anggaran, LHKASN). */
const DERIVED_2023 =
  /indeks kepuasan|pertumbuhan pendapatan asli desa|realisasi kegiatan keuangan|\blhkasn\b/i;

/** Target and realisasi per indicator and year; derived 2023 realisasi are left to their sheets. */
export function realisasiSheet(): SheetSnapshot {
  const b = new SheetBuilder("Realisasi");
  header(b, [
    "Indikator Kinerja",
    "Tahun",
    "Target",
    "Realisasi",
    "Faktor Pendukung",
    "Faktor Penghambat",
  ]);
  b.row([TUJUAN.indikator, 2022, TUJUAN.y2022[0], TUJUAN.y2022[1]]);
  for (const i of INDICATORS) {
    if (i.y2022[1] !== "n/a") b.row([i.indikator, 2022, plain(i.y2022[0]), plain(i.y2022[1])]);
    const realisasi = DERIVED_2023.test(i.indikator) ? null : plain(i.realisasi);
    b.row([
      i.indikator,
      2023,
      plain(i.target),
      realisasi,
      i.pendukung || null,
      i.penghambat || null,
    ]);
  }
  return b.build();
}

/** Data awal and end-of-Renstra target. */
export function renstraSheet(): SheetSnapshot {
  const b = new SheetBuilder("Renstra");
  header(b, ["Indikator Kinerja", "Satuan", "Data Awal (2021)", "Target Akhir Renstra (2026)"]);
  for (const i of INDICATORS)
    b.row([i.indikator, i.satuan, plain(i.dataAwal), plain(i.targetAkhir)]);
  return b.build();
}

/** Program indicators with target and realisasi. */
export function programSheet(): SheetSnapshot {
  const b = new SheetBuilder("Program");
  header(b, [
    "Program",
    "Indikator Program",
    "Target",
    "Realisasi",
    "Faktor Pendukung",
    "Faktor Penghambat",
  ]);
  for (const [
    program,
    indikator,
    target,
    realisasi,
    ,
    pendukung,
    penghambat,
  ] of PROGRAM_INDICATORS) {
    b.row([program, indikator, target, realisasi, pendukung, penghambat]);
  }
  return b.build();
}

interface CodedRow {
  readonly level: number;
  readonly kode: string;
  readonly uraian: string;
  readonly pagu: number;
  readonly realisasi: number | null;
}

function codes(rows: readonly { level: number }[]): string[] {
  const counters = [0, 0, 0];
  return rows.map(({ level }) => {
    counters[level]++;
    for (let l = level + 1; l < counters.length; l++) counters[l] = 0;
    return counters
      .slice(0, level + 1)
      .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0")))
      .join(".");
  });
}

function rows2023(): CodedRow[] {
  const flat: Omit<CodedRow, "kode">[] = [];
  for (const p of BUDGET_2023) {
    flat.push({ level: 0, uraian: p.program, pagu: 0, realisasi: null });
    for (const k of p.kegiatan) {
      flat.push({ level: 1, uraian: k.nama, pagu: 0, realisasi: null });
      for (const [uraian, pagu, realisasi] of k.sub) {
        const intended =
          typeof realisasi === "string" ? INTENDED_REALISASI_2023[realisasi] : realisasi;
        flat.push({ level: 2, uraian, pagu, realisasi: intended ?? null });
      }
    }
  }
  const kode = codes(flat);
  return flat.map((r, i) => ({ ...r, kode: kode[i] }));
}

function rows2022(): CodedRow[] {
  const leaves = BUDGET_2022.map(([level, uraian, pagu, realisasi]: LeveledRow) => ({
    level,
    uraian,
    pagu: typeof pagu === "number" ? pagu : 0,
    realisasi: typeof realisasi === "number" ? realisasi : null,
  }));
  const kode = codes(leaves);
  return leaves.map((r, i) => ({ ...r, kode: kode[i] }));
}

/** A budget source sheet: leaves typed, parents as SUM formulas of their children with cached values. */
function budgetSheet(name: string, rows: readonly CodedRow[]): SheetSnapshot {
  const b = new SheetBuilder(name);
  header(b, ["Kode", "Uraian", "Pagu", "Realisasi"]);
  const first = b.nextRow;
  rows.forEach((r, i) => {
    const end = rows.findIndex((x, j) => j > i && x.level <= r.level);
    const last = (end < 0 ? rows.length : end) - 1;
    const children = rows
      .map((x, j) => ({ x, j }))
      .filter(({ x, j }) => j > i && j <= last && x.level === r.level + 1);
    const leaves = rows.slice(i + 1, last + 1).filter((x) => x.level === 2);
    const cell = (key: "pagu" | "realisasi", col: string) => {
      if (children.length === 0) return num(r[key], MONEY);
      const refs = children.map(({ j }) => `${col}${first + j + 1}`).join(",");
      return {
        value: leaves.reduce((s, x) => s + (x[key] ?? 0), 0),
        formula: `SUM(${refs})`,
        numFmt: MONEY,
      };
    };
    b.row([
      r.kode,
      { value: r.uraian, bold: r.level < 2, indent: r.level },
      cell("pagu", "C"),
      cell("realisasi", "D"),
    ]);
  });
  return b.build();
}

/** Budget 2023 and 2022 source sheets. */
export function budgetSheets(): SheetSnapshot[] {
  return [budgetSheet("Anggaran 2023", rows2023()), budgetSheet("Anggaran 2022", rows2022())];
}

/** The IKM survey: the nine unsur averages. */
export function ikmSheet(): SheetSnapshot {
  const b = new SheetBuilder("IKM");
  header(b, ["Unsur", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
  b.row(["Nilai unsur", ...IKM_SURVEY.unsur]);
  return b.build();
}

/** PADes per desa for the two years, as numbers. */
export function padesSheet(): SheetSnapshot {
  const b = new SheetBuilder("PADes");
  header(b, ["No", "Desa", "Tahun 2022", "Tahun 2023"]);
  const value = (v: number | string | null) =>
    num(typeof v === "string" ? Number(v.replace(/,/g, "")) : v, MONEY);
  PADES.forEach(([desa, y2022, y2023], i) => b.row([i + 1, desa, value(y2022), value(y2023)]));
  return b.build();
}

/** APBDes pagu and realisasi per desa. */
export function apbdesSheet(): SheetSnapshot {
  const b = new SheetBuilder("APBDes");
  header(b, ["No", "Desa", "Pagu", "Realisasi"]);
  APBDES.forEach(([desa, pagu, realisasi], i) =>
    b.row([i + 1, desa, num(pagu, MONEY), num(realisasi, MONEY)])
  );
  return b.build();
}

/** PATEN counts per service and month. */
export function patenSheet(): SheetSnapshot {
  const b = new SheetBuilder("PATEN");
  header(b, [
    "Seksi",
    "Jenis Pelayanan",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agu",
    "Sep",
    "Okt",
    "Nov",
    "Des",
  ]);
  for (const s of PATEN) {
    for (const [layanan, counts] of s.layanan)
      b.row([s.seksi, layanan, ...counts.map((c) => (c === "-" ? null : c))]);
  }
  return b.build();
}

/** The ASN who must report LHKASN, with neutral names and whether each has reported. */
export function lhkasnSheet(): SheetSnapshot {
  const b = new SheetBuilder("LHKASN");
  header(b, ["No", "Nama", "NIP", "Status Lapor"]);
  for (let i = 0; i < LHKASN.wajib; i++) {
    const no = String(i + 1).padStart(2, "0");
    b.row([i + 1, `ASN ${no}`, null, i < LHKASN.melapor ? "Sudah" : "Belum"]);
  }
  return b.build();
}
