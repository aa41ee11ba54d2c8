/**
 * Budget workbooks as the regional finance systems export them (SIPD's LRA per
 * kelompok belanja, "Rekapitulasi Belanja … beserta Hasil dan Sub Kegiatan"),
 * laid out as exported: each layout that once drew false alarms, checked silent
 * when right and loud on its one planted mistake, with near misses.
 */
import { formatExplanation } from "../../src/cli/format-explain";
import { explainModel } from "../../src/engine/check/explain";
import { checkWorkbook } from "../../src/engine/check/run";
import { readReport } from "../../src/engine/read/report";
import { readCorpusText } from "../support/corpus";
import { edited } from "../support/workbooks";

function workbookOf(text: string) {
  return readCorpusText(`# sumber: https://contoh.invalid\n${text}`, "ekspor").workbook;
}

/** Error findings as `RULE A1`, and the number of warnings. */
function findings(text: string): { errors: string[]; warnings: number } {
  const result = checkWorkbook(workbookOf(text));
  return {
    errors: result.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.rule} ${f.cell}`)
      .sort(),
    warnings: result.summary.warning,
  };
}

const lra = `=== LRA
LAPORAN REALISASI ANGGARAN PER KELOMPOK BELANJA
TAHUN ANGGARAN 2023
No | Perangkat Daerah | Kelompok Belanja | < | < | < | < | < | < | < | <
^ | ^ | Belanja Operasi | < | < | Belanja Modal | < | < | Total | < | <
^ | ^ | Anggaran | Realisasi | % | Anggaran | Realisasi | % | Anggaran | Realisasi | %
1 | Dinas Kesehatan | 120.500.000.000 | 110.250.000.000 | 91,49 | 30.000.000.000 | 27.500.000.000 | 91,67 | 150.500.000.000 | 137.750.000.000 | 91,53
2 | RSUD dr. Soedarso | 85.200.000.000 | 80.100.000.000 | 94,01 | 12.400.000.000 | 9.800.000.000 | 79,03 | 97.600.000.000 | 89.900.000.000 | 92,11
3 | Dinas Pendidikan | 310.750.000.000 | 298.400.000.000 | 96,03 | 45.300.000.000 | 40.120.000.000 | 88,57 | 356.050.000.000 | 338.520.000.000 | 95,08
4 | Dinas PUPR | 40.100.000.000 | 36.900.000.000 | 92,02 | 150.250.000.000 | 131.400.000.000 | 87,45 | 190.350.000.000 | 168.300.000.000 | 88,42
TOTAL | < | 556.550.000.000 | 525.650.000.000 | 94,45 | 237.950.000.000 | 208.820.000.000 | 87,76 | 794.500.000.000 | 734.470.000.000 | 92,44
`;

describe("three header rows with a group row (Kelompok Belanja › Operasi | Modal | Total)", () => {
  it("finds nothing in a correct export", () => {
    expect(findings(lra)).toEqual({ errors: [], warnings: 0 });
  });

  it("pairs each group's % with its own amounts, and finds two wrong % in one row", () => {
    const wrong = lra
      .replace("89.900.000.000 | 92,11", "89.900.000.000 | 93,11")
      .replace("9.800.000.000 | 79,03", "9.800.000.000 | 97,03");
    expect(findings(wrong).errors).toEqual(["PERSEN_SALAH H7", "PERSEN_SALAH K7"]);
  });

  it("stays silent on a % written one hundredth off by rounding (near miss)", () => {
    expect(
      findings(lra.replace("137.750.000.000 | 91,53", "137.750.000.000 | 91,5")).errors
    ).toEqual([]);
  });
});

const anggaran = `=== Tabel 3.11
Tabel 3.11 Realisasi Anggaran per Program Tahun 2023
No | Program | Belanja Operasi | < | < | Belanja Modal | < | < | Total | < | <
^ | ^ | Pagu (Rp) | Realisasi (Rp) | % | Pagu (Rp) | Realisasi (Rp) | % | Pagu (Rp) | Realisasi (Rp) | %
1 | Program Penunjang Urusan Pemerintahan Daerah | 2.400.000.000 | 2.256.000.000 | 94,00 | 300.000.000 | 285.000.000 | 95,00 | 2.700.000.000 | 2.541.000.000 | 94,11
2 | Program Penyelenggaraan Pemerintahan dan Pelayanan Publik | 850.000.000 | 799.000.000 | 94,00 | 150.000.000 | 120.000.000 | 80,00 | 1.000.000.000 | 919.000.000 | 91,90
3 | Program Pemberdayaan Masyarakat Desa dan Kelurahan | 420.000.000 | 378.000.000 | 90,00 | 0 | 0 | 0 | 420.000.000 | 378.000.000 | 90,00
Jumlah | < | 3.670.000.000 | 3.433.000.000 | 93,54 | 450.000.000 | 405.000.000 | 90,00 | 4.120.000.000 | 3.838.000.000 | 93,16
`;

describe("a Tabel 3.11 with groups of pagu, realisasi and %", () => {
  it("finds nothing when right", () => {
    expect(findings(anggaran).errors).toEqual([]);
  });

  it("judges the Modal and Total % by their own group's amounts", () => {
    const wrong = anggaran
      .replace("120.000.000 | 80,00", "120.000.000 | 85,00")
      .replace("919.000.000 | 91,90", "919.000.000 | 94,00");
    expect(findings(wrong).errors).toEqual(["PERSEN_SALAH H5", "PERSEN_SALAH K5"]);
  });
});

const rekap = `=== Rekap Belanja
REKAPITULASI BELANJA MENURUT URUSAN, ORGANISASI, PROGRAM, KEGIATAN BESERTA HASIL DAN SUB KEGIATAN
TAHUN ANGGARAN 2023
Kode Urusan | Kode Organisasi | Kode Program/Kegiatan/Sub Kegiatan | Kode Rekening | Uraian | Anggaran | Realisasi | %
'1.02 | | | | URUSAN PEMERINTAHAN BIDANG KESEHATAN | 1.000.000 | 905.000 | 90,50
'1.02 | '1.02.0.00.0.00.01.0000 | | | Dinas Kesehatan | 1.000.000 | 905.000 | 90,50
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01 | | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH | 600.000 | 560.000 | 93,33
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01 | | Perencanaan, Penganggaran, dan Evaluasi Kinerja | 600.000 | 560.000 | 93,33
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01.0001 | | Penyusunan Dokumen Perencanaan Perangkat Daerah | 250.000 | 240.000 | 96,00
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01.0001 | '5.1.02.01.01.0024 | Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor | 100.000 | 95.000 | 95,00
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01.0001 | '5.1.02.02.01.0003 | Honorarium Narasumber | 150.000 | 145.000 | 96,67
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01.0002 | | Koordinasi dan Penyusunan Dokumen RKA-SKPD | 350.000 | 320.000 | 91,43
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01.0002 | '5.1.02.01.01.0024 | Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor | 120.000 | 110.000 | 91,67
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.01.2.01.0002 | '5.1.02.02.01.0003 | Honorarium Narasumber | 230.000 | 210.000 | 91,30
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02 | | PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT | 400.000 | 345.000 | 86,25
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02 | | Penyediaan Layanan Kesehatan untuk UKM dan UKP | 400.000 | 345.000 | 86,25
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02.0020 | | Pengelolaan Pelayanan Kesehatan Ibu Hamil | 180.000 | 160.000 | 88,89
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02.0020 | '5.1.02.01.01.0052 | Belanja Makanan dan Minuman Rapat | 80.000 | 70.000 | 87,50
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02.0020 | '5.1.02.04.01.0001 | Belanja Perjalanan Dinas Biasa | 100.000 | 90.000 | 90,00
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02.0021 | | Pengelolaan Pelayanan Kesehatan Ibu Bersalin | 220.000 | 185.000 | 84,09
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02.0021 | '5.1.02.01.01.0052 | Belanja Makanan dan Minuman Rapat | 70.000 | 60.000 | 85,71
'1.02 | '1.02.0.00.0.00.01.0000 | '1.02.02.2.02.0021 | '5.1.02.04.01.0001 | Belanja Perjalanan Dinas Biasa | 150.000 | 125.000 | 83,33
`;

describe("hierarchy codes split across columns (urusan, organisasi, program.kegiatan.sub, rekening)", () => {
  it("reads the level of each row from its whole code, across the code columns", () => {
    const model = readReport(workbookOf(rekap));
    const levels = model.budgets[0].nodes.map((n) => n.level);
    expect(model.budgets[0].source).toBe("kode");
    expect(levels.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 5]);
  });

  it("finds nothing in a correct export", () => {
    expect(findings(rekap)).toEqual({ errors: [], warnings: 0 });
  });

  it("shows in --jelaskan the hierarchy read: from which code columns, each row's level", () => {
    const [table] = explainModel(readReport(workbookOf(rekap)));
    expect(table.hierarchy).toMatchObject({ source: "kode", columns: ["A", "B", "C", "D"] });
    expect(table.hierarchy!.levels.slice(0, 3)).toEqual([
      { row: 4, level: 0 },
      { row: 5, level: 1 },
      { row: 6, level: 2 },
    ]);
    expect(formatExplanation([table])).toMatch(
      /hierarki dari kode \(kolom A, B, C, D\), tingkat per baris: 4→0, 5→1, 6→2, 7→3/
    );
  });

  it("finds a wrong program pagu once, not again in the organisation above it", () => {
    const wrong = rekap.replace(
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH | 600.000 | 560.000 | 93,33",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH | 650.000 | 560.000 | 86,15"
    );
    expect(findings(wrong).errors).toEqual(["JUMLAH_SALAH F6"]);
  });

  it("finds a sub kegiatan whose rekening do not add up", () => {
    const wrong = rekap.replace(
      "Honorarium Narasumber | 230.000 | 210.000 | 91,30",
      "Honorarium Narasumber | 230.000 | 201.000 | 87,39"
    );
    expect(findings(wrong).errors).toEqual(["JUMLAH_SALAH G11"]);
  });
});

const perOpd = `=== Per OPD
REALISASI BELANJA PER PERANGKAT DAERAH TAHUN ANGGARAN 2023
No | Perangkat Daerah | Anggaran Belanja Operasi | Anggaran Belanja Modal | Jumlah Anggaran | Realisasi | %
1 | Dinas Kesehatan | 45.000.000 | 5.000.000 | 50.000.000 | 46.500.000 | 93,00
2 | RSUD Kota | 80.000.000 | 20.000.000 | 100.000.000 | 91.000.000 | 91,00
3 | Puskesmas Kota | 30.000.000 | 0 | 30.000.000 | 27.300.000 | 91,00
 | | 155.000.000 | 25.000.000 | 180.000.000 | 164.800.000 | 91,56
4 | Dinas Pekerjaan Umum | 0 | 60.000.000 | 60.000.000 | 54.000.000 | 90,00
5 | Dinas Perhubungan | 12.000.000 | 8.000.000 | 20.000.000 | 19.000.000 | 95,00
 | | 12.000.000 | 68.000.000 | 80.000.000 | 73.000.000 | 91,25
TOTAL | < | 167.000.000 | 93.000.000 | 260.000.000 | 237.800.000 | 91,46
`;

describe("a flat numbered list with unlabelled subtotals and a TOTAL row", () => {
  it("finds nothing when right: no tree, and the subtotals are not counted twice", () => {
    expect(findings(perOpd)).toEqual({ errors: [], warnings: 0 });
  });

  it("finds a wrong subtotal against its own rows, and a wrong TOTAL against the items", () => {
    const wrong = perOpd
      .replace("| 180.000.000 | 164.800.000 | 91,56", "| 180.000.000 | 164.000.000 | 91,11")
      .replace(
        "TOTAL | < | 167.000.000 | 93.000.000 | 260.000.000",
        "TOTAL | < | 167.000.000 | 93.000.000 | 250.000.000"
      );
    expect(findings(wrong).errors).toEqual(["JUMLAH_SALAH E10", "JUMLAH_SALAH F6"]);
  });
});

const modalOnly = `=== Tabel 3.11
Tabel 3.11 Realisasi Anggaran per Program Tahun 2023
No | Program | Anggaran Belanja Operasi (Rp) | Anggaran Belanja Modal (Rp) | Jumlah Anggaran (Rp) | Realisasi Anggaran (Rp) | %
1 | Program Penunjang Urusan Pemerintahan Daerah | 2.400.000.000 | 300.000.000 | 2.700.000.000 | 2.541.000.000 | 94,11
2 | Program Penyelenggaraan Jalan | 0 | 1.500.000.000 | 1.500.000.000 | 1.350.000.000 | 90,00
Jumlah | < | 2.400.000.000 | 1.800.000.000 | 4.200.000.000 | 3.891.000.000 | 92,64
`;

describe("a program with capital spending only", () => {
  it("reads the % against the total budget, so a 0 operating budget is no finding", () => {
    expect(findings(modalOnly).errors).toEqual([]);
  });

  it("still finds a wrong % on that line", () => {
    expect(
      findings(modalOnly.replace("1.350.000.000 | 90,00", "1.350.000.000 | 80,00")).errors
    ).toEqual(["PERSEN_SALAH G4"]);
  });
});

const textExport = `=== Ekspor
DAFTAR REALISASI SUB KEGIATAN TAHUN 2023
No | Sub Kegiatan | Pagu | Realisasi | Jam Input
1 | Sub Kegiatan 1 | '27.000.000 | '26.460.000 | '08.00
2 | Sub Kegiatan 2 | '42.000.000 | '34.860.000 | '08.30
3 | Sub Kegiatan 3 | '67.000.000 | '63.650.000 | '08.30
4 | Sub Kegiatan 4 | '36.000.000 | '29.880.000 | '08.30
5 | Sub Kegiatan 5 | '13.000.000 | '11.960.000 | '08.30
6 | Sub Kegiatan 6 | '87.000.000 | '69.600.000 | '08.30
7 | Sub Kegiatan 7 | '44.000.000 | '38.280.000 | '08.00
8 | Sub Kegiatan 8 | '50.000.000 | '40.000.000 | '08.00
9 | Sub Kegiatan 9 | '13.000.000 | '12.610.000 | '08.00
10 | Sub Kegiatan 10 | '58.000.000 | '49.880.000 | '08.30
11 | Sub Kegiatan 11 | '13.000.000 | '12.480.000 | '08.00
12 | Sub Kegiatan 12 | '66.000.000 | '62.700.000 | '08.00
13 | Sub Kegiatan 13 | '54.000.000 | '46.980.000 | '08.00
14 | Sub Kegiatan 14 | '68.000.000 | '60.520.000 | '08.00
15 | Sub Kegiatan 15 | '63.000.000 | '61.110.000 | '08.00
16 | Sub Kegiatan 16 | '33.000.000 | '29.370.000 | '08.00
17 | Sub Kegiatan 17 | '52.000.000 | '49.920.000 | '08.30
18 | Sub Kegiatan 18 | '74.000.000 | '63.640.000 | '08.30
19 | Sub Kegiatan 19 | '46.000.000 | '45.080.000 | '08.30
20 | Sub Kegiatan 20 | '74.000.000 | '68.080.000 | '08.00
21 | Sub Kegiatan 21 | '71.000.000 | '61.770.000 | '08.30
22 | Sub Kegiatan 22 | '63.000.000 | '53.550.000 | '08.30
23 | Sub Kegiatan 23 | '80.000.000 | '72.800.000 | '08.00
24 | Sub Kegiatan 24 | '66.000.000 | '63.360.000 | '08.00
25 | Sub Kegiatan 25 | '30.000.000 | '28.800.000 | '08.30
26 | Sub Kegiatan 26 | '57.000.000 | '54.150.000 | '08.00
27 | Sub Kegiatan 27 | '70.000.000 | '56.700.000 | '08.30
28 | Sub Kegiatan 28 | '88.000.000 | '86.240.000 | '08.30
29 | Sub Kegiatan 29 | '92.000.000 | '78.200.000 | '08.00
30 | Sub Kegiatan 30 | '74.000.000 | '64.380.000 | '08.00
Jumlah | < | '1.671.000.000 | '1.497.010.000 | 
`;

describe("an export that stores whole columns as text", () => {
  it("gives one warning per column and kind, with the count and the first cells", () => {
    const result = checkWorkbook(workbookOf(textExport));
    const warnings = result.findings.filter((f) => f.rule === "ANGKA_TIDAK_VALID");
    expect(warnings.map((f) => f.cell)).toEqual(["C3", "D3"]);
    expect(warnings[0].message).toMatch(
      /^31 sel di kolom Pagu berisi angka yang disimpan sebagai teks.*sel lain: C4, C5, C6, C7, C8, dan 25 lagi$/
    );
    expect(warnings[0].related).toHaveLength(30);
    expect(result.summary.error).toBe(0);
  });

  it("reads times of day and date-formatted cells as such, not as broken numbers", () => {
    const wb = edited(workbookOf(textExport), [
      ["Ekspor", "D4", "08.30"],
      ["Ekspor", "D5", "14.00 WIB"],
      ["Ekspor", "D6", { value: 45107, numFmt: "dd/mm/yyyy" }],
    ]);
    const found = checkWorkbook(wb).findings.filter((f) => f.rule === "ANGKA_TIDAK_VALID");
    const rusak = found.find((f) => f.cell === "D4")!;
    expect(rusak.message).toMatch(/^3 sel di kolom Realisasi berisi nilai yang bukan angka/);
    expect(rusak.message).toMatch(/jam, bukan angka/);
    expect(rusak.related).toEqual(["Ekspor!D5", "Ekspor!D6"]);
  });
});

const perDinas = `=== Rekap
REKAPITULASI REALISASI PER PERANGKAT DAERAH
No | Perangkat Daerah | Pagu | Realisasi
1 | Dinas Kesehatan | 50.000.000 | 46.500.000
2 | RSUD Kota | 30.000.000 | 27.300.000
3 | Puskesmas Kota | 20.000.000 | 19.200.000
4 | Dinas Pendidikan | 80.000.000 | 76.000.000
Jumlah | < | 180.000.000 | 169.000.000
`;

describe("totals that are formulas, as exports carry them", () => {
  const withTotal = (formula: string, cached: number) =>
    edited(workbookOf(perDinas), [["Rekap", "C7", { value: cached, formula, numFmt: "#,##0" }]]);
  const errors = (wb: ReturnType<typeof workbookOf>) =>
    checkWorkbook(wb).findings.filter((f) => f.severity === "error");

  it("finds a SUM whose range stops one row short of its block", () => {
    const found = errors(withTotal("SUM(C3:C5)", 100_000_000));
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(["JUMLAH_SALAH C7"]);
    expect(found[0].message).toMatch(
      /Rumus Pagu "Jumlah" \(=SUM\(C3:C5\)\) tidak menjumlahkan baris 6 dari bloknya; seluruh 4 baris berjumlah 180\.000\.000/
    );
    expect(found[0].related).toEqual(["Rekap!C6"]);
  });

  it("finds a row added twice", () => {
    const found = errors(withTotal("SUM(C3:C6,C5)", 200_000_000));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/menjumlahkan baris 5 dua kali/),
    ]);
  });

  it("takes a formula over exactly its block as right, and a typed total is still recomputed", () => {
    expect(errors(withTotal("SUM(C3:C6)", 180_000_000))).toEqual([]);
    expect(errors(withTotal("C3+C4+C5+C6", 180_000_000))).toEqual([]);
    const typed = edited(workbookOf(perDinas), [["Rekap", "C7", 170_000_000]]);
    expect(errors(typed).map((f) => `${f.rule} ${f.cell}`)).toEqual(["JUMLAH_SALAH C7"]);
  });
});

describe("per-unit copies of one ledger", () => {
  const copy = (name: string) =>
    perDinas.replace("=== Rekap", `=== ${name}`).replace("| 180.000.000 |", "| 170.000.000 |");

  it("reports a mistake repeated on three copies once, naming the other sheets", () => {
    const wb = workbookOf(["Bidang A", "Bidang B", "Bidang C"].map(copy).join("\n"));
    const found = checkWorkbook(wb).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Bidang A!C7"]);
    expect(found[0].message).toMatch(/\(sama di lembar "Bidang B", "Bidang C"\)$/);
    expect(found[0].related).toEqual(expect.arrayContaining(["'Bidang B'!C7", "'Bidang C'!C7"]));
  });

  it("keeps a table printed twice as two findings, one per printed table", () => {
    const wb = workbookOf(["Bidang A", "Bidang B"].map(copy).join("\n"));
    const found = checkWorkbook(wb).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Bidang A!C7", "Bidang B!C7"]);
  });
});

const boldUnits = `=== Tabel 3.16
Tabel 3.16 Realisasi Anggaran per Program Tahun 2023
No | Uraian | Anggaran (Rp) | Realisasi (Rp) | %
1 | Sekretariat Kecamatan{b} | 2.700.000.000 | 2.541.000.000 | 94,11
2 | Seksi Pemerintahan | 1.000.000.000 | 919.000.000 | 91,90
3 | Seksi Pemberdayaan Masyarakat | 420.000.000 | 378.000.000 | 90,00
4 | Seksi Ketentraman dan Ketertiban{b} | 310.000.000 | 300.000.000 | 96,77
5 | Seksi Pelayanan Umum | 150.000.000 | 120.000.000 | 80,00
Jumlah | < | 4.580.000.000 | 4.258.000.000 | 92,97
`;

describe("a flat list of units with some rows in bold", () => {
  it("makes no tree of the bold rows when the sums do not say so", () => {
    expect(findings(boldUnits)).toEqual({ errors: [], warnings: 0 });
  });

  it("still finds a wrong Jumlah of the list", () => {
    const wrong = boldUnits.replace(
      "Jumlah | < | 4.580.000.000 | 4.258.000.000 | 92,97",
      "Jumlah | < | 4.480.000.000 | 4.258.000.000 | 95,04"
    );
    expect(findings(wrong).errors).toEqual(["JUMLAH_SALAH C8"]);
  });
});
