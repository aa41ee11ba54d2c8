/**
 * The sheet part reader on the forms its quick paths leave to the general one:
 * a `<v>` split by a comment or written with references or CDATA, attributes
 * with references or tabs, and the refusals the scanner has always made.
 */
import { readSheetPart } from "../../src/adapters/xlsx/ooxml/sheet-part";

const ctx = {
  styles: [{}, { bold: true }],
  strings: ["Indikator", "Target"],
  date1904: false,
  maxRows: Infinity,
};

function read(cells: string) {
  return readSheetPart(
    "s.xml",
    `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`,
    ctx
  );
}

describe("the sheet part reader", () => {
  it("reads a <v> split by a comment, written with a reference, or in CDATA", () => {
    const { rows } = read(
      '<c r="A1"><v>1<!-- x -->2</v></c><c r="B1" t="s"><v>&#49;</v></c><c r="C1"><v><![CDATA[7]]></v></c>'
    );
    expect(rows[0].map((c) => c?.value)).toEqual([12, "Target", 7]);
  });

  it("reads an address and a style written with references or a tab", () => {
    const { rows } = read('<c r="B&#49;" s="&#49;"><v>3</v></c><c r="C\t1" t="s"><v>0</v></c>');
    expect(rows[0]).toEqual([undefined, { value: 3, bold: true }, { value: "Indikator" }]);
  });

  it("refuses an attribute named like a property every object has, as a repeated one", () => {
    expect(() => read('<c r="A1" toString="x"><v>1</v></c>')).toThrow(
      "isi .xlsx rusak (XML bagian s.xml tidak sah: atribut toString ganda)"
    );
  });

  it("refuses a column out of the sheet, however the cell is written", () => {
    for (const cell of ['<c r="XFE1"><v>1</v></c>', '<c r="XFE1"  s="1"/>', '<c r="XFE1" x="1"/>'])
      expect(() => read(cell)).toThrow(
        'isi .xlsx rusak (alamat sel "XFE1" tidak sah di bagian s.xml)'
      );
  });

  it("leaves out a cell with a style and no value", () => {
    expect(
      read('<c r="A1" s="1"/><c r="B1" s="1" t="s"></c><c r="C1"><v>2</v></c>').rows[0]
    ).toEqual([undefined, undefined, { value: 2 }]);
  });

  it("refuses a shared string that is not there, naming the cell", () => {
    expect(() => read('<c r="D1" t="s"><v>2</v></c>')).toThrow(
      "isi .xlsx rusak (teks bersama nomor 2 tidak ada, sel D1 bagian s.xml)"
    );
  });
});
