/**
 * Tabel 3.9 (realisasi against the Renstra end target) and 3.6 (the LHKASN list).
 */
import { indicatorRecords } from "../../read/indicators";
import { columnOf } from "../../read/table";
import { caption, header, sumber, total } from "../../workbook/layout";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { FMT, formula, local, value } from "../cells";
import { capaianCell, fromCell, fromSource, Generator, polaritasOf } from "../context";
import { realisasiCell } from "./performance";
import { readWritten } from "../../read/written";
import { NameIndex } from "../../read/names";
import { readLhkasn } from "../../read/lhkasn";
import { sudahLaporFormula, wajibLaporFormula } from "../excel-formulas";

/** Tabel 3.9. */
export const TABEL_3_9: Generator = {
  id: "3.9",
  title: "Perbandingan Antara Target Renstra dan Realisasi Kinerja Sasaran",
  usesPk: true,
  generate(ctx) {
    const table = ctx.sources.renstra;
    const akhir = table && columnOf(table, "targetRenstra");
    if (!table || !akhir) return { skipped: 'lembar sumber "Renstra" tidak ada' };
    const awal = columnOf(table, "dataAwal");
    const renstra = new NameIndex<number>();
    indicatorRecords(table).forEach((r) => renstra.add(r.indikator, r.row));
    const b = new SheetBuilder(ctx.sheetName);
    caption(
      b,
      `Tabel 3.9 Perbandingan Antara Target Renstra dan Realisasi Kinerja Sasaran Tahun ${ctx.year}`
    );
    header(b, [
      "No",
      "Indikator Kinerja Utama",
      "Satuan",
      `Data Awal (${awal?.year ?? ""})`,
      `Target Akhir Renstra (${akhir.year ?? ""})`,
      `Realisasi ${ctx.year}`,
      "Capaian terhadap Target Akhir",
    ]);
    ctx.sources.pkRecords
      .filter((r) => r.jenis !== "tujuan")
      .forEach((r, i) => {
        const row = b.nextRow;
        const at = renstra.findAll(r.indikator)[0];
        const target =
          at === undefined
            ? value(null)
            : fromSource(readWritten(table.grid, at, akhir.col), "0.00");
        const realisasi = realisasiCell(ctx, r, ctx.year);
        const capaian = capaianCell(
          realisasi,
          target,
          local(row, 5),
          local(row, 4),
          polaritasOf(r)
        );
        const dataAwal =
          at === undefined || !awal
            ? value(null)
            : fromSource(readWritten(table.grid, at, awal.col), "0.00");
        b.row([
          i + 1,
          fromCell(r.table, r.indikatorAt.row, r.indikatorAt.col),
          fromSource(r.satuan),
          dataAwal,
          target,
          realisasi,
          capaian,
        ]);
      });
    sumber(b);
    return { sheet: b.buildTable() };
  },
};

/**
 * Tabel 3.6: who must report LHKASN and who did, with the share that reported
 * (the realisasi of the LHKASN indicator, read/lhkasn.ts).
 */
export const TABEL_3_6: Generator = {
  id: "3.6",
  title: "Daftar Wajib LHKASN",
  usesPk: false,
  generate(ctx) {
    const table = ctx.sources.lhkasn;
    const list = table && readLhkasn(table);
    if (!table || !list) return { skipped: 'lembar sumber "LHKASN" tidak ada' };
    if (!list.people.length) return { skipped: 'lembar sumber "LHKASN" belum memuat nama' };
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.6 Daftar Wajib LHKASN Tahun ${ctx.year}`);
    header(b, ["No", "Nama", "NIP", list.lapor.header]);
    const first = b.nextRow;
    list.people.forEach((p, i) =>
      b.row([
        i + 1,
        fromCell(table, p.row, list.nama.col),
        fromCell(table, p.row, columnOf(table, "nip")?.col),
        fromSource(p.lapor),
      ])
    );
    const last = b.nextRow - 1;
    const names = `${local(first, 1)}:${local(last, 1)}`;
    const count = list.people.length;
    total(b, [null, "Jumlah wajib lapor", formula(wajibLaporFormula(names), count, FMT.int)]);
    total(b, [
      null,
      "Sudah melapor",
      formula(
        sudahLaporFormula(names, `${local(first, 3)}:${local(last, 3)}`),
        list.reported,
        FMT.int
      ),
    ]);
    const pct = (list.reported / count) * 100;
    total(b, [
      null,
      "Persentase melapor",
      formula(
        `IF(${local(last + 1, 2)}=0,"-",${local(last + 2, 2)}/${local(last + 1, 2)}*100)`,
        pct,
        FMT.dec2
      ),
    ]);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
