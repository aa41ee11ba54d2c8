/**
 * The checker's settings, stored in the workbook itself (a sheet named
 * "Pengaturan") so the CLI and the task pane honour the same choices:
 * the report year, the efficiency method, a declared capaian cap, rules switched
 * off, and findings ignored with a reason ("abaikan").
 */
import { chooseOption } from "../cell-input";
import { isFormulaError } from "../errors";
import { METODE_EFISIENSI, MetodeEfisiensi } from "../functions/efisiensi";
import { parseNumberText } from "../number-text";
import { cleanText } from "../text";
import { WorkbookSnapshot } from "../workbook/snapshot";
import { Grid } from "./grid";
import { squeeze } from "./header-roles";

/** One ignored finding: the rule and the cell, and why. */
export interface Abaikan {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly alasan: string;
}

/** What the workbook says about how to check it. */
export interface Settings {
  readonly year?: number;
  readonly metodeEfisiensi: MetodeEfisiensi;
  /** A cap on capaian the pemda applies (100, 120, 200). */
  readonly batasCapaian?: number;
  readonly disabled: ReadonlySet<string>;
  readonly abaikan: readonly Abaikan[];
  /** The settings sheet's name, when there is one. */
  readonly sheet?: string;
}

const EMPTY: Settings = { metodeEfisiensi: "lkjip", disabled: new Set(), abaikan: [] };

function numberIn(text: string): number | undefined {
  const parsed = parseNumberText(text);
  return parsed.kind === "number" ? parsed.value : undefined;
}

/** Reads the settings sheet, or the defaults when the workbook has none. */
export function readSettings(workbook: WorkbookSnapshot): Settings {
  const sheet = workbook.sheets.find(
    (s) => squeeze(s.name) === "pengaturan" || squeeze(s.name) === "pengaturanlkjip"
  );
  if (!sheet) return EMPTY;
  const grid = new Grid(sheet);
  let year: number | undefined;
  let metode: MetodeEfisiensi = "lkjip";
  let batas: number | undefined;
  const disabled = new Set<string>();
  const abaikan: Abaikan[] = [];
  for (let r = 0; r < grid.height; r++) {
    const key = squeeze(grid.text(r, 0));
    const value = grid.text(r, 1);
    if (key.startsWith("tahun")) year = numberIn(value) ?? year;
    else if (key.startsWith("metodeefisiensi")) {
      const m = chooseOption(value, METODE_EFISIENSI);
      metode = isFormulaError(m) ? metode : m;
    } else if (key.startsWith("batascapaian")) batas = numberIn(value);
    else if (key === "nonaktif" && value) disabled.add(cleanText(value).toUpperCase());
    else if (key === "abaikan" && value) {
      abaikan.push({
        rule: cleanText(value).toUpperCase(),
        sheet: grid.text(r, 2),
        cell: grid.text(r, 3).replace(/\$/g, "").toUpperCase(),
        alasan: grid.text(r, 4),
      });
    }
  }
  return {
    year,
    metodeEfisiensi: metode,
    batasCapaian: batas,
    disabled,
    abaikan,
    sheet: sheet.name,
  };
}
