/**
 * Tabel 3.9 (realisasi against the Renstra end target) and 3.6 (the LHKASN list).
 */
import { indicatorRecords } from "../../read/indicators";
import { columnOf } from "../../read/table";
import { caption, header, sumber } from "../../workbook/layout";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { FMT, formula, local, value } from "../cells";
import { capaianCell, fromCell, fromSource, Generator, polaritasOf } from "../context";
import { realisasiCell } from "./performance";
import { readWritten } from "../../read/written";
import { NameIndex } from "../../read/names";

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
    return { sheet: b.build() };
  },
};

/** Tabel 3.6: who must report LHKASN and who did, with the share that reported. */
export const TABEL_3_6: Generator = {
  id: "3.6",
  title: "Daftar Wajib LHKASN",
  usesPk: false,
  generate(ctx) {
    const table = ctx.sources.lhkasn;
    const lapor = table && columnOf(table, "lapor");
    const nama = table && columnOf(table, "nama");
    if (!table || !lapor || !nama) return { skipped: 'lembar sumber "LHKASN" tidak ada' };
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.6 Daftar Wajib LHKASN Tahun ${ctx.year}`);
    header(b, ["No", "Nama", "NIP", "Tanggal Lapor"]);
    const first = b.nextRow;
    let count = 0;
    let reported = 0;
    for (let row = table.firstRow; row <= table.lastRow; row++) {
      if (!table.grid.text(row, nama.col)) continue;
      count++;
      const l = readWritten(table.grid, row, lapor.col);
      if (l.kind !== "empty") reported++;
      b.row([
        count,
        fromCell(table, row, nama.col),
        fromCell(table, row, columnOf(table, "nip")?.col),
        fromSource(l),
      ]);
    }
    const last = b.nextRow - 1;
    b.row([
      null,
      "Jumlah wajib lapor",
      formula(`COUNTA(${local(first, 1)}:${local(last, 1)})`, count, FMT.int),
    ]);
    b.row([
      null,
      "Sudah melapor",
      formula(`COUNTA(${local(first, 3)}:${local(last, 3)})`, reported, FMT.int),
    ]);
    const pct = count ? (reported / count) * 100 : 0;
    b.row([
      null,
      "Persentase melapor",
      formula(
        `IF(${local(last + 1, 2)}=0,"-",${local(last + 2, 2)}/${local(last + 1, 2)}*100)`,
        pct,
        FMT.dec2
      ),
    ]);
    sumber(b);
    return { sheet: b.build() };
  },
};
