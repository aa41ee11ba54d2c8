/**
 * Any agency's layout: hand-built tables (in the corpus text format) for each
 * family of layout the checker once missed, each with a known mistake and near
 * misses that must stay silent: totals in any table, ratio columns under any
 * header, tables without known headers, IKM laid out other ways, the measure on
 * top of the years, and efficiency tables with IE.
 */
import { checkWorkbook } from "../../src/engine/check/run";
import { readCorpusText } from "../support/corpus";

/** The error findings of a workbook written in the corpus format, as `RULE Sheet!A1`. */
function errorsOf(text: string): string[] {
  const entry = readCorpusText(`# sumber: https://contoh.invalid\n${text}`, "uji");
  return checkWorkbook(entry.workbook)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

function messageAt(text: string, cell: string): string | undefined {
  const entry = readCorpusText(`# sumber: https://contoh.invalid\n${text}`, "uji");
  return checkWorkbook(entry.workbook).findings.find((f) => f.cell === cell)?.message;
}

describe("totals in any table", () => {
  const population = `
=== Penduduk
Tabel 2.1 Jumlah Penduduk per Desa Tahun 2023
No | Desa | Luas (km²) | Laki-laki | Perempuan | Jumlah Penduduk | Kepadatan (jiwa/km²)
1 | Sumber Agung | 12,5 | 1.204 | 1.187 | 2.391 | 191,28
2 | Karang Rejo | 8,2 | 986 | 1.002 | 1.988 | 242,44
3 | Tanjung Sari | 15,0 | 1.530 | 1.498 | 3.028 | 201,87
4 | Purwodadi | 10,3 | 874 | 911 | 1.785 | 173,30
Jumlah | < | 46,0 | 4.594 | 4.598 | 9.192 | 199,83
`;

  it("finds nothing in a correct table, and never sums the density", () => {
    expect(errorsOf(population)).toEqual([]);
  });

  it("finds a wrong column total and a wrong row sum, once each", () => {
    const wrong = population
      .replace("Jumlah | < | 46,0 | 4.594 | 4.598", "Jumlah | < | 46,0 | 4.594 | 4.588")
      .replace("1.530 | 1.498 | 3.028", "1.530 | 1.498 | 3.082");
    expect(errorsOf(wrong).sort()).toEqual([
      "JUMLAH_SALAH Penduduk!E7",
      "JUMLAH_SALAH Penduduk!F5",
    ]);
    expect(messageAt(wrong, "F5")).toMatch(/F = D \+ E pada 3 dari 5 baris.*baris 5/);
  });

  const monthly = `
=== Perkara
Tabel 3.6 Perkara Pidana Tahun 2022
No | Bulan | Perkara Masuk | Perkara Diputus
1 | Januari | 14 | 12
2 | Februari | 11 | 13
3 | Maret | 16 | 15
4 | April | 9 | 10
5 | Mei | 13 | 11
6 | Juni | 12 | 14
Jumlah | < | 75 | 75
Rata-rata | < | 12,5 | 12,5
`;

  it("checks a Jumlah row as a sum and a Rata-rata row as a mean", () => {
    expect(errorsOf(monthly)).toEqual([]);
    const wrong = monthly
      .replace("Jumlah | < | 75 | 75", "Jumlah | < | 75 | 76")
      .replace("Rata-rata | < | 12,5", "Rata-rata | < | 13,5");
    expect(errorsOf(wrong).sort()).toEqual(["JUMLAH_SALAH Perkara!C10", "JUMLAH_SALAH Perkara!D9"]);
  });

  it("does not take an item named 'Jumlah …' in a list of indicators as a total", () => {
    const items = `
=== Indikator
No | Indikator | Satuan | Nilai
1 | Jumlah UMKM binaan | unit | 120
2 | Jumlah koperasi aktif | unit | 45
3 | Jumlah pelatihan | kali | 12
`;
    expect(errorsOf(items)).toEqual([]);
  });
});

describe("ratio columns under any header", () => {
  it("reads a capaian headed only % beside target and realisasi, one row wrong", () => {
    const text = `
=== Tabel 3.1
No | Indikator Kinerja | Target | Realisasi | %
1 | Persentase perkara selesai tepat waktu | 90 | 92,5 | 102,78
2 | Indeks kepuasan pencari keadilan | 80 | 85 | 110,25
`;
    expect(errorsOf(text)).toEqual(["CAPAIAN_SALAH Tabel 3.1!E3"]);
  });

  it("reads (%) under a Capaian header that also spans the value column", () => {
    const text = `
=== Tabel 3.3
No | Indikator | Target | Capaian | <
^ | ^ | ^ | Realisasi | (%)
1 | Persentase dokumen perencanaan tepat waktu | 100 | 100 | 100
2 | Persentase rekomendasi ditindaklanjuti | 80 | 72 | 80
3 | Nilai SAKIP | 70 | 68,5 | 97,86
`;
    expect(errorsOf(text)).toEqual(["CAPAIAN_SALAH Tabel 3.3!E4"]);
  });

  it("reads Kinerja (%) and keeps a column-number row out of the data", () => {
    const text = `
=== Tabel 3.2
No | Sasaran | Indikator Kinerja | Target | Realisasi | Kinerja (%)
1 | 2 | 3 | 4 | 5 | 6
1 | Meningkatnya kualitas pelayanan | Indeks Kepuasan Masyarakat | 82 | 84,12 | 102,59
^ | ^ | Persentase layanan terselesaikan | 95 | 93 | 97,89
`;
    expect(errorsOf(text)).toEqual([]);
    expect(errorsOf(text.replace("102,59", "120,59"))).toEqual(["CAPAIAN_SALAH Tabel 3.2!F3"]);
  });

  it("follows a formula the column-number row states (5 = 4/3x100%)", () => {
    const text = `
=== Tabel 19
NO | URAIAN | ANGGARAN (Rp) | REALISASI (Rp) | CAPAIAN REALISASI ANGGARAN (%)
1 | 2 | 3 | 4 | '5 = 4/3x100%
1 | Sub Kegiatan Penyusunan Dokumen | 398.379.650 | 307.055.630 | 80,5
2 | Sub Kegiatan Monitoring | 150.000.000 | 142.500.000 | 95
`;
    expect(errorsOf(text)).toEqual(["PERSEN_SALAH Tabel 19!E3"]);
    expect(messageAt(text, "E3")).toMatch(/77,08/);
  });

  it("follows the formula of a column-number row where no header is known", () => {
    const text = `
=== Penyelesaian
No | Jenis Perkara | Jumlah Perkara | Diselesaikan | Persentase Penyelesaian
(1) | (2) | (3) | (4) | '(5)=(4)/(3)x100%
1 | Perdata | 48 | 45 | 93,75
2 | Pidana | 120 | 111 | 95,5
`;
    expect(errorsOf(text)).toEqual(["PERSEN_SALAH Penyelesaian!E4"]);
    expect(messageAt(text, "E4")).toMatch(
      /E = D \/ C × 100 pada 1 dari 2 baris \(menurut baris nomor kolom "\(5\)=\(4\)\/\(3\)x100%"\).*seharusnya 92,50/
    );
  });

  it("reads percent-formatted cells and numbers typed as text with Rp and %", () => {
    const text = `
=== Tabel 3.9
No | Program | Pagu | Realisasi | Persentase Realisasi
1 | Program Penunjang Urusan | 'Rp. 65.040.000,- | 'Rp. 65.038.490,- | 99,99%
2 | Program Pembinaan | 'Rp. 20.000.000,- | 'Rp. 15.980.000,- | '79.9 %
`;
    expect(errorsOf(text)).toEqual(["PERSEN_SALAH Tabel 3.9!E2"]);
  });
});

describe("tables the finder once did not enter", () => {
  it("checks a table without a name column", () => {
    const text = `
=== Anggaran
Tabel 3.12 Realisasi Anggaran Tahun 2022
No | Pagu Anggaran | Realisasi | % | Sisa
'1. | 1.250.000.000 | 1.187.500.000 | 95 | 62.500.000
'2. | 480.000.000 | 465.600.000 | 97 | 14.400.000
'3. | 310.000.000 | 279.000.000 | 90 | 31.000.000
Jumlah | 2.040.000.000 | 1.932.100.000 | 94,71 | 107.900.000
`;
    expect(errorsOf(text)).toEqual([]);
    expect(errorsOf(text.replace("| 14.400.000", "| 41.400.000"))).toEqual([
      "SISA_SALAH Anggaran!E4",
    ]);
    expect(errorsOf(text.replace("| 107.900.000", "| 170.900.000"))).toEqual([
      "JUMLAH_SALAH Anggaran!E6",
    ]);
  });

  it("checks performance and budget in one table", () => {
    const text = `
=== Tabel 3.5
No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Anggaran (Rp) | Realisasi Anggaran (Rp) | % Anggaran
1 | Persentase jalan kondisi baik | 75 | 72 | 96 | 2.000.000.000 | 1.900.000.000 | 95
2 | Persentase irigasi baik | 60 | 63 | 105 | 800.000.000 | 760.000.000 | 90
`;
    expect(errorsOf(text)).toEqual(["PERSEN_SALAH Tabel 3.5!H3"]);
  });

  it("reads sub kegiatan marked only by '1. Sub Kegiatan' under 'Kegiatan' rows", () => {
    const text = `
=== Tabel 3.15
Tabel 3.15 Realisasi Anggaran 2023
Uraian | Anggaran | Realisasi | %
Program Penunjang Urusan | 300.000.000 | 270.000.000 | 90
Kegiatan Administrasi Umum | 300.000.000 | 270.000.000 | 90
1. Sub Kegiatan Penyediaan Alat Tulis | 100.000.000 | 95.000.000 | 95
2. Sub Kegiatan Penyediaan Bahan Bacaan | 200.000.000 | 175.000.000 | 87,5
`;
    expect(errorsOf(text)).toEqual([]);
    expect(
      errorsOf(
        text.replace(
          "Kegiatan Administrasi Umum | 300.000.000 | 270.000.000",
          "Kegiatan Administrasi Umum | 300.000.000 | 207.000.000"
        )
      )
    ).toContain("JUMLAH_SALAH Tabel 3.15!C4");
  });
});

describe("IKM laid out other ways", () => {
  it("reads the nine unsur down a column with the IKM below", () => {
    const text = `
=== SKM
Tabel 3.3 Nilai IKM per Unsur Tahun 2022
No | Unsur Pelayanan | NRR | NRR Tertimbang
U1 | Persyaratan | 3,40 | 0,377
U2 | Sistem, Mekanisme dan Prosedur | 3,35 | 0,372
U3 | Waktu Penyelesaian | 3,20 | 0,355
U4 | Biaya/Tarif | 3,90 | 0,433
U5 | Produk Spesifikasi Jenis Pelayanan | 3,30 | 0,366
U6 | Kompetensi Pelaksana | 3,25 | 0,361
U7 | Perilaku Pelaksana | 3,45 | 0,383
U8 | Penanganan Pengaduan, Saran dan Masukan | 3,10 | 0,344
U9 | Sarana dan Prasarana | 3,15 | 0,350
Jumlah | < | < | 3,341
IKM | < | 83,53 | <
`;
    expect(errorsOf(text)).toEqual([]);
    expect(errorsOf(text.replace("IKM | < | 83,53", "IKM | < | 85,53"))).toEqual([
      "IKM_SALAH SKM!C13",
    ]);
  });

  const survey = `
=== Olah SKM
No Resp | U1 | U2 | U3 | U4 | U5 | U6 | U7 | U8 | U9
1 | 3 | 3 | 4 | 4 | 3 | 3 | 4 | 3 | 3
2 | 4 | 3 | 3 | 4 | 3 | 4 | 4 | 3 | 3
3 | 3 | 4 | 3 | 4 | 4 | 3 | 3 | 3 | 4
4 | 4 | 3 | 3 | 4 | 3 | 3 | 4 | 2 | 3
Σ Nilai / Unsur | 14 | 13 | 13 | 16 | 13 | 13 | 15 | 11 | 13
NRR / Unsur | 3,5 | 3,25 | 3,25 | 4 | 3,25 | 3,25 | 3,75 | 2,75 | 3,25
Bobot | 0,111 | 0,111 | 0,111 | 0,111 | 0,111 | 0,111 | 0,111 | 0,111 | 0,111
NRR Tertimbang / Unsur | 0,389 | 0,361 | 0,361 | 0,444 | 0,361 | 0,361 | 0,416 | 0,305 | 0,361
IKM UNIT PELAYANAN | 84,03 | < | < | < | < | < | < | < | <
`;

  it("checks a survey sheet's Σ, NRR and IKM, never reading weights as unsur", () => {
    expect(errorsOf(survey)).toEqual([]);
    const wrong = survey
      .replace("Σ Nilai / Unsur | 14 | 13 | 13 | 16", "Σ Nilai / Unsur | 14 | 13 | 13 | 15")
      .replace("NRR / Unsur | 3,5 | 3,25", "NRR / Unsur | 3,5 | 3,52");
    expect(errorsOf(wrong).sort()).toEqual(["IKM_SALAH Olah SKM!C7", "IKM_SALAH Olah SKM!E6"]);
  });
});

describe("the measure on top and the years below", () => {
  it("reads Target | Realisasi | Capaian each over two years, the year row not as data", () => {
    const text = `
=== Tabel 3.5
Tabel 3.5 Analisis Capaian Sasaran 1
No | Indikator | Target | < | Realisasi | < | Capaian (%) | <
^ | ^ | 2021 | 2022 | 2021 | 2022 | 2021 | 2022
1 | Persentase desa berkembang | 60 | 70 | 62 | 66,7 | 103,33 | 95,24
2 | Indeks pembangunan desa | 0,65 | 0,68 | 0,66 | 0,70 | 101,54 | 112,94
`;
    expect(errorsOf(text)).toEqual(["CAPAIAN_SALAH Tabel 3.5!H5"]);
  });
});

describe("efficiency tables that show IE", () => {
  it("judges the Ket word by IE ≥ 1 under grouped Kinerja and Anggaran headers", () => {
    const text = `
=== Tabel 3.20
No | Program | Kinerja | < | < | Anggaran | < | < | IE | Ket
^ | ^ | T | R | % | T | R | % | ^ | ^
1 | Program Pembinaan | 100 | 98 | 98 | 500.000.000 | 450.000.000 | 90 | 1,09 | Efisien
2 | Program Pengawasan | 90 | 81 | 90 | 300.000.000 | 297.000.000 | 99 | 0,91 | Efisien
3 | Program Dukungan | 100 | 100 | 100 | 1.000.000.000 | 980.000.000 | 98 | 1,02 | Efisien
`;
    expect(errorsOf(text)).toEqual(["EFISIENSI_SALAH Tabel 3.20!J4"]);
  });
});

describe("near misses a report may show on purpose", () => {
  it("accepts a program's % written as the mean of its kegiatan's %, and flags any other", () => {
    const text = `
=== Tabel 3.15
Tabel 3.15 Realisasi Anggaran 2023
Uraian | Anggaran | Realisasi | %
Program Penunjang Urusan | 300.000.000 | 270.000.000 | 91,25
Kegiatan Administrasi Umum | 100.000.000 | 95.000.000 | 95
Kegiatan Administrasi Keuangan | 200.000.000 | 175.000.000 | 87,5
`;
    expect(errorsOf(text)).toEqual([]);
    expect(errorsOf(text.replace("| 91,25", "| 93,25"))).toEqual(["PERSEN_SALAH Tabel 3.15!D3"]);
  });

  it("judges kriteria words in a table without an indicator column", () => {
    const text = `
=== Capaian
No | Sasaran Strategis | Target | Realisasi | Capaian | Kriteria
1 | Meningkatnya akuntabilitas | 80 | 78 | 97,5 | Sangat Tinggi
2 | Meningkatnya pelayanan | 90 | 63 | 70 | Tinggi
`;
    expect(errorsOf(text)).toEqual(["KRITERIA_SALAH Capaian!F3"]);
  });
});

describe("performance and budget side by side under the same words", () => {
  it("takes the Realisasi and % after the pagu as money, those before it as performance", () => {
    const text = `
=== Tabel 3.6
No | Indikator Kinerja | Target | Realisasi | % | Pagu | Realisasi | %
1 | Persentase jalan kondisi baik | 75 | 72 | 96 | 2.000.000.000 | 1.900.000.000 | 95
2 | Persentase irigasi baik | 60 | 63 | 105 | 800.000.000 | 760.000.000 | 90
3 | Persentase drainase baik | 50 | 45 | 80 | 400.000.000 | 380.000.000 | 95
`;
    expect(errorsOf(text).sort()).toEqual([
      "CAPAIAN_SALAH Tabel 3.6!E4",
      "PERSEN_SALAH Tabel 3.6!H3",
    ]);
  });
});

describe("a hierarchy spelled out by the labels, in a table that is not a budget table", () => {
  it("checks each Kegiatan row against its '1. Sub Kegiatan' rows", () => {
    const text = `
=== Tabel 19
No | Indikator Kinerja | Program/ Kinerja | Anggaran (Rp) | Realisasi (Rp) | Capaian Realisasi Anggaran (%)
1 | Indeks Reformasi Birokrasi | Program Penunjang Urusan | | |
^ | ^ | Kegiatan Administrasi Umum | 450.000.000 | 420.500.000 | 93,44
^ | ^ | 1. Sub Kegiatan Penyediaan Alat Tulis | 150.000.000 | 140.500.000 | 93,67
^ | ^ | 2. Sub Kegiatan Penyediaan Bahan Bacaan | 300.000.000 | 280.000.000 | 93,33
`;
    expect(errorsOf(text)).toEqual([]);
    expect(
      errorsOf(
        text.replace("| 450.000.000 | 420.500.000 | 93,44", "| 450.000.000 | 402.500.000 | 89,44")
      )
    ).toEqual(["JUMLAH_SALAH Tabel 19!E3"]);
  });
});

describe("a Rata-rata row in a table the known rules add up", () => {
  it("is neither a part of the Jumlah nor a total", () => {
    const text = `
=== Tabel 3.14
Tabel 3.14 Realisasi APBDes 2023
No | Desa | Pagu (Rp) | Realisasi (Rp) | % Realisasi
1 | Sumber Agung | 1.000.000.000 | 950.000.000 | 95
2 | Karang Rejo | 800.000.000 | 720.000.000 | 90
Rata-rata | < | 900.000.000 | 835.000.000 | 92,5
Jumlah | < | 1.800.000.000 | 1.670.000.000 | 92,78
`;
    expect(errorsOf(text)).toEqual([]);
  });
});

describe("the years on top of the measures", () => {
  it("reads years typed as numbers over Target | Realisasi | Capaian, and a unit row under them", () => {
    const text = `
=== Tabel 3.8
No | Indikator | 2021 | < | < | 2022 | < | <
^ | ^ | Target | Realisasi | Capaian | Target | Realisasi | Capaian
^ | ^ | (%) | (%) | (%) | (%) | (%) | (%)
1 | Persentase desa mandiri | 40 | 42 | 105 | 45 | 44 | 97,78
2 | Persentase BUMDes aktif | 60 | 54 | 90 | 65 | 52 | 85
`;
    expect(errorsOf(text)).toEqual(["CAPAIAN_SALAH Tabel 3.8!H5"]);
  });
});
