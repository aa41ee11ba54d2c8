/**
 * A corpus of bad input made by the tests themselves, and property-based tests
 * over the reader and the rules: no crash, every problem a finding or a clear error
 * naming the cell.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/engine/check/run";
import { CellSnapshot } from "../../src/engine/workbook/snapshot";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { sheet, T34_HEADER, workbook } from "../support/workbooks";

const HEADER = [
  "Program",
  "Kegiatan",
  "Uraian Sub Kegiatan",
  "Pagu anggaran",
  "Realisasi",
  "Capaian",
  "Sisa Anggaran",
];

function budget(cells: (string | number | null | CellSnapshot)[][]) {
  return workbook(
    sheet("Anggaran", [["Tabel 3.15 Realisasi Anggaran Tahun 2023"], HEADER, ...cells])
  );
}

describe("the corpus of bad inputs", () => {
  const corpus: [string, string | number | CellSnapshot, RegExp][] = [
    ["malformed thousands", "1,540,00", /tidak valid.*1,540,00/],
    ["Indonesian decimals after thousands", "83.514,5", /disimpan sebagai teks/],
    ["rupiah prefix", "Rp 1.000", /disimpan sebagai teks/],
    ["accounting negative", "(50.000)", /disimpan sebagai teks/],
    ["spaces around", " 75 ", /disimpan sebagai teks/],
    ["percent sign", "75 %", /disimpan sebagai teks/],
    ["a date", "2023-03-31", /tanggal, bukan angka/],
    ["a #REF! error", { value: null, error: "#REF!" }, /galat Excel #REF!/],
    ["a #DIV/0! error", { value: null, error: "#DIV/0!" }, /galat Excel #DIV\/0!/],
    [
      "a formula without a cached value",
      { value: null, formula: "SUM(D4:D9)" },
      /rumus yang belum dihitung/,
    ],
  ];
  it.each(corpus)(
    "%s in a realisasi cell is a warning naming the cell",
    (_name, value, message) => {
      const found = checkWorkbook(
        budget([["P", "K", "Sub", 1000, value as never, null, null]])
      ).findings;
      const f = found.find((x) => x.rule === "ANGKA_TIDAK_VALID");
      expect(f).toMatchObject({ sheet: "Anggaran", cell: "E3", severity: "warning" });
      expect(f?.message).toMatch(message);
    }
  );

  it("reads headers written with Cyrillic look-alikes and odd spacing", () => {
    const wb = workbook(
      sheet("T", [
        ["Tabel 3.4 Tahun 2023"],
        ["Indikator", "\u0422ARGE T", "Realis asi", "Capaian  Kinerja"],
        ["A", 100, 50, 80],
      ])
    );
    expect(checkWorkbook(wb).findings.map((f) => f.rule)).toContain("CAPAIAN_SALAH");
  });

  it("shortens very long text in messages", () => {
    const long = "Indikator ".repeat(2000);
    const wb = workbook(
      sheet("T", [
        ["Tabel 3.4 Tahun 2023"],
        ["Indikator", "Target", "Realisasi", "Capaian"],
        [long, 100, 50, 80],
      ])
    );
    const f = checkWorkbook(wb).findings[0];
    expect(f.message.length).toBeLessThanOrEqual(400);
  });

  it("survives merged cells in odd places and empty rows inside a table", () => {
    const wb = workbook(
      sheet(
        "T",
        [
          ["Tabel 3.4 Tahun 2023"],
          ["Indikator", "Target", "Realisasi", "Capaian"],
          ["A", 100, 50, 50],
          [],
          ["B", 100, null, 80],
          [null, null, null, null],
        ],
        [
          [2, 1, 4, 2],
          [3, 0, 5, 3],
          [0, 0, 0, 6],
        ]
      )
    );
    expect(() => checkWorkbook(wb)).not.toThrow();
  });
});

const WORDS = [
  "Target",
  "Realisasi",
  "Capaian",
  "Kriteria",
  "Pagu",
  "Sisa Anggaran",
  "Jumlah",
  "Indikator",
  "Program",
  "U1",
  "Jan",
  "Desa",
  "Tahun 2023",
  "Tabel 3.4",
  "Sangat Tinggi",
  "Efisien",
  "Meningkat",
  "N/A",
  "-",
  "1,540,00",
  "B (75)",
  "Baik (B) 60-70",
];
const cellArb: fc.Arbitrary<string | number | null | CellSnapshot> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.string({ maxLength: 12 }),
  fc.constant(null),
  fc.record({ value: fc.constant(null), error: fc.constantFrom("#REF!", "#DIV/0!", "#N/A") }),
  fc.record({
    value: fc.oneof(fc.constant(null), fc.integer()),
    formula: fc.constant("SUM(A1:A2)"),
    bold: fc.boolean(),
    indent: fc.integer({ min: 0, max: 3 }),
  })
);
const HEADERS = [
  [...T34_HEADER, "Ket"],
  ["Uraian", "Pagu", "Realisasi", "Capaian", "Sisa Anggaran"],
  [null, "U1", "U2", "U3", "U4"],
  ["No", "Desa", "Tahun 2022", "Tahun 2023"],
  ["No", "Program", "Anggaran", "Realisasi", "% Realisasi", "Ket."],
  ["Jenis Pelayanan", "Jan", "Feb", "Mar", "Jumlah"],
];
const gridArb = fc
  .tuple(
    fc.option(fc.constantFrom(...HEADERS), { nil: undefined }),
    fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 25 })
  )
  .map(
    ([head, rows]) =>
      (head ? [["Tabel 3.4 Tahun 2023"], head, ...rows] : rows) as (
        string | number | null | CellSnapshot
      )[][]
  );
const mergeArb = fc.array(
  fc
    .tuple(fc.nat(20), fc.nat(6), fc.nat(3), fc.nat(3))
    .map(([t, l, h, w]) => [t, l, t + h, l + w] as [number, number, number, number]),
  { maxLength: 4 }
);

describe("property: the reader and the rules answer every workbook", () => {
  it("never throws, and every finding names a cell and says something", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(gridArb, mergeArb), { minLength: 1, maxLength: 3 }),
        (sheets) => {
          const wb = workbook(
            ...sheets.map(([rows, merges], i) => sheet(`L${i}`, rows as never, merges))
          );
          const result = checkWorkbook(wb);
          return result.findings.every(
            (f) => /^[A-Z]+\d+$/.test(f.cell) && f.message.length > 0 && f.sheet.startsWith("L")
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("reads back what it writes: an .xlsx round trip of random cells does not crash the reader", async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, async (rows) => {
        const wb = workbook(
          sheet(
            "Acak",
            rows.map((r) =>
              r.map((c) => (c !== null && typeof c === "object" && c.error ? null : c))
            ) as never
          )
        );
        const back = await readWorkbook(await writeWorkbook(wb));
        expect(() => checkWorkbook(back)).not.toThrow();
      }),
      { numRuns: 40 }
    );
  });
});
