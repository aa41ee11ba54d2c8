/**
 * How a generated table looks and prints, as plain data for the adapters to
 * write: column widths, row heights, styled blocks of cells, and the page setup.
 * The engine computes it from the table's content; the exceljs adapter writes it
 * to .xlsx and the Office.js adapter can write the same into Excel.
 */

/** A block of cells, 0-based and inclusive (as a merge is). */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The look of every cell of a block. Blocks are applied in order and a later
 * block sets only the fields it names, so a total row's `bold` keeps the body's
 * borders and alignment.
 */
export interface CellStyle {
  /** A thin black line on all four edges of every cell in the block. */
  readonly border?: "thin";
  /** Solid background colour as RRGGBB (`D9D9D9`). */
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle";
  /** Wrap text at the cell's (or its merge's) width. */
  readonly wrap?: boolean;
}

/** A style laid over a block of cells. */
export interface StyledBlock extends CellBlock {
  readonly style: CellStyle;
}

/** A paper size the engine chooses; A4 is what Indonesian offices print on. */
export type PaperSize = "A4";

/**
 * Page setup. In exceljs: `pageSetup.orientation`, `paperSize` 9 for A4,
 * `fitToPage: true` with `fitToWidth` / `fitToHeight` (0 = as many pages as
 * needed), `margins` in inches, `printArea` "A1:H12", `printTitlesRow` "3:4"
 * (1-based). In Office.js (ExcelApi 1.9): `worksheet.pageLayout.orientation`,
 * `paperSize`, `zoom = { horizontalFitToPages, verticalFitToPages }`,
 * `leftMargin`… in points (inches × 72), `setPrintArea("A1:H12")` and
 * `setPrintTitleRows("$3:$4")`.
 */
export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: PaperSize;
  /** Pages across; always 1, so no column is printed on a page of its own. */
  readonly fitToWidth: number;
  /** Pages down; 0 lets a long table run over as many pages as it needs. */
  readonly fitToHeight: number;
  /** Margins in inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** The table from its title to its Sumber line: what is printed (a chart beside it is not). */
  readonly printArea: CellBlock;
  /** Header rows printed again at the top of every page (0-based, inclusive). */
  readonly repeatRows?: { readonly first: number; readonly last: number };
}

/**
 * The layout of one sheet. Merges (the title across the table, two-row headers)
 * are the sheet's own `merges`; number formats and the bold of labels are on the
 * cells.
 */
export interface SheetLayout {
  /**
   * Width of each column (index = column) in Excel's unit, characters of the
   * default font's digit (Calibri 11: about 7 px each plus 5 px padding). Office.js
   * `format.columnWidth` takes points: (7 × width + 5) × 0.75.
   */
  readonly columnWidths: readonly number[];
  /** Heights in points of the rows whose wrapped text needs more than one line; other rows keep the default. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Styles laid over blocks of cells, in order. */
  readonly styles: readonly StyledBlock[];
  readonly print: PrintSetup;
}
