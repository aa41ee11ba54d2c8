/**
 * Every generated table laid out as the printed report shows it: narrow No, wide
 * wrapped names, a shaded bold header repeated on each page, borders round the
 * table, the title merged across it, numbers right-aligned, bold total rows, the
 * Sumber line outside the borders, row heights that fit wrapped text, and a page
 * one table wide.
 */
import { fillWorkbook } from "../../src/engine/fill/generate";
import { columnPx, PAGE_PX } from "../../src/engine/workbook/column-widths";
import { LINE_POINTS } from "../../src/engine/workbook/row-heights";
import { CellStyle, SheetLayout } from "../../src/engine/workbook/sheet-layout";
import { SheetSnapshot } from "../../src/engine/workbook/snapshot";
import { HEADER_FILL } from "../../src/engine/workbook/table-layout";
import { buildSampleWorkbook } from "../../src/sample";

const filled = fillWorkbook(buildSampleWorkbook());
const tables = filled.generated.map((g) => ({
  id: g.id,
  sheet: filled.workbook.sheets.find((s) => s.name === g.sheet)!,
}));

function layoutOf(sheet: SheetSnapshot): SheetLayout {
  if (!sheet.layout) throw new Error(`${sheet.name} has no layout`);
  return sheet.layout;
}

/** The style a cell ends up with, the blocks applied in order. */
function styleAt(layout: SheetLayout, row: number, col: number): CellStyle {
  return layout.styles
    .filter((b) => b.top <= row && row <= b.bottom && b.left <= col && col <= b.right)
    .reduce<CellStyle>((s, b) => ({ ...s, ...b.style }), {});
}

const text = (sheet: SheetSnapshot, row: number, col: number) => {
  const v = sheet.rows[row]?.[col]?.value;
  return typeof v === "string" ? v : "";
};

const NAME_HEADERS =
  /^(Tujuan|Sasaran|Indikator Kinerja Utama|Indikator|Program|Uraian Program.*|Desa|Nama|Jenis Pelayanan)$/;

describe.each(tables)("Tabel $id laid out for print", ({ sheet }) => {
  const layout = layoutOf(sheet);
  const headers = layout.print.repeatRows!;
  const width = layout.columnWidths.length;
  const source = sheet.rows.length - 1;

  it("has a title merged across the table and a Sumber line below it, outside the borders", () => {
    expect(text(sheet, 0, 0)).toMatch(/^Tabel 3\.\d+ /);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: width - 1 });
    expect(styleAt(layout, 0, 0)).toMatchObject({ bold: true, horizontal: "center", wrap: true });
    expect(text(sheet, source, 0)).toMatch(/^Sumber/);
    expect(styleAt(layout, source, 0).border).toBeUndefined();
    expect(layout.print.printArea).toEqual({ top: 0, left: 0, bottom: source, right: width - 1 });
  });

  it("has a shaded bold header, repeated on every page, and borders on every cell of the table", () => {
    expect(headers.first).toBe(1);
    for (let r = headers.first; r <= headers.last; r++)
      for (let c = 0; c < width; c++)
        expect(styleAt(layout, r, c)).toMatchObject({
          border: "thin",
          fill: HEADER_FILL,
          bold: true,
          horizontal: "center",
          wrap: true,
        });
    for (let r = headers.last + 1; r < source; r++)
      for (let c = 0; c < width; c++) expect(styleAt(layout, r, c).border).toBe("thin");
  });

  it("makes No narrow and the name columns wide and wrapped", () => {
    for (let c = 0; c < width; c++) {
      const label = text(sheet, headers.last, c) || text(sheet, headers.first, c);
      if (/^No$/.test(label)) {
        expect(layout.columnWidths[c]).toBeLessThanOrEqual(6);
        expect(styleAt(layout, headers.last + 1, c).horizontal).toBe("center");
      }
      if (NAME_HEADERS.test(label)) {
        expect(layout.columnWidths[c]).toBeGreaterThanOrEqual(15);
        expect(styleAt(layout, headers.last + 1, c)).toMatchObject({
          horizontal: "left",
          wrap: true,
        });
      }
    }
  });

  it("right-aligns columns of numbers and bolds its total rows", () => {
    for (let c = 0; c < width; c++) {
      const body = sheet.rows.slice(headers.last + 1, source).map((r) => r?.[c]?.value);
      const numbers = body.filter((v) => typeof v === "number").length;
      if (numbers > 1 && body.every((v) => v == null || typeof v === "number") && c > 0)
        expect(styleAt(layout, headers.last + 1, c).horizontal).toBe("right");
    }
    sheet.rows.forEach((row, r) => {
      if (
        /^(Jumlah( PAD| wajib lapor)?|Total Perbulan)$/.test(text(sheet, r, 1)) &&
        r > headers.last
      )
        for (let c = 0; c < width; c++) expect(styleAt(layout, r, c).bold).toBe(true);
    });
  });

  it("fits one page wide, landscape only when a portrait page is too narrow", () => {
    const px = layout.columnWidths.reduce((s, w) => s + columnPx(w), 0);
    expect(layout.print).toMatchObject({ paperSize: "A4", fitToWidth: 1, fitToHeight: 0 });
    expect(layout.print.orientation).toBe(px > PAGE_PX.portrait ? "landscape" : "portrait");
    expect(px).toBeLessThanOrEqual(PAGE_PX.landscape * 1.05);
  });
});

describe("widths and heights from the content", () => {
  const byId = (id: string) => tables.find((t) => t.id === id)!.sheet;

  it("gives Tabel 3.2's one row of long text the lines it needs, and one-line rows no height", () => {
    const sheet = byId("3.2");
    const layout = layoutOf(sheet);
    expect(layout.columnWidths[0]).toBeLessThanOrEqual(6);
    expect(layout.columnWidths[1]).toBeGreaterThanOrEqual(30);
    const tujuan = text(sheet, 2, 1);
    expect(tujuan.length).toBeGreaterThan(80);
    const row = layout.rowHeights.find((h) => h.row === 2);
    expect(row?.height).toBeGreaterThanOrEqual(3 * LINE_POINTS);
    expect(layout.rowHeights.find((h) => h.row === 1)?.height ?? LINE_POINTS).toBeLessThanOrEqual(
      2 * LINE_POINTS
    );
  });

  it("prints the wide tables landscape and the narrow ones portrait", () => {
    const orientation = (id: string) => layoutOf(byId(id)).print.orientation;
    expect(["3.2", "3.4", "3.8", "3.10", "3.13", "3.15"].map(orientation)).toEqual(
      Array(6).fill("landscape")
    );
    expect(["3.3", "3.5", "3.14"].map(orientation)).toEqual(Array(3).fill("portrait"));
  });

  it("merges two-row headers: Tahun over Target · Realisasi · Capaian, and the labels down both rows", () => {
    const sheet = byId("3.8");
    expect(text(sheet, 1, 3)).toBe("Tahun 2022");
    expect(sheet.merges).toContainEqual({ top: 1, left: 3, bottom: 1, right: 5 });
    expect(sheet.merges).toContainEqual({ top: 1, left: 0, bottom: 2, right: 0 });
    expect(layoutOf(sheet).print.repeatRows).toEqual({ first: 1, last: 2 });
  });

  it("merges a sasaran over the indicator rows it spans, as the report does", () => {
    const sheet = byId("3.4");
    const first = layoutOf(sheet).print.repeatRows!.last + 1;
    expect(text(sheet, first, 1)).toBe(text(sheet, first, 1).trim());
    const merge = sheet.merges.find((m) => m.top === first && m.left === 1);
    expect(merge?.bottom).toBeGreaterThan(first);
    expect(sheet.rows[first + 1]?.[1]).toBeUndefined();
  });
  it("bolds the whole of every total row", () => {
    const totals: [string, RegExp][] = [
      ["3.5", /^Jumlah PAD$/],
      ["3.13", /^Total Perbulan$/],
      ["3.14", /^Jumlah$/],
      ["3.15", /^Jumlah$/],
    ];
    for (const [id, label] of totals) {
      const sheet = byId(id);
      const row = sheet.rows.findIndex((r) => label.test(String(r?.[1]?.value ?? "")));
      expect({ id, row: row > 0 }).toEqual({ id, row: true });
      for (let c = 0; c < layoutOf(sheet).columnWidths.length; c++)
        expect({ id, c, bold: styleAt(layoutOf(sheet), row, c).bold }).toEqual({
          id,
          c,
          bold: true,
        });
    }
  });
});
