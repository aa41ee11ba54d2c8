/**
 * The checker's settings, stored in the workbook itself (a sheet named
 * "Pengaturan") so the CLI and the task pane honour the same choices:
 * the report year, the efficiency method, a declared capaian cap, rules switched
 * off, and findings ignored with a reason ("abaikan").
 */
import { MetodeEfisiensi, METODE_EFISIENSI } from "../functions/efisiensi";
import { CellRef, sheetCell } from "../workbook/address";
import { CellSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { Grid } from "./grid";
import { squeeze } from "./header-roles";
import {
  ABAIKAN,
  AbaikanLine,
  ATURAN,
  BATAS_CAPAIAN,
  CellInput,
  METODE,
  SEL,
  TAHUN_LAPORAN,
} from "./settings-schema";

/** One ignored finding: the rule and the cell, and why; `at` is its line's rule cell. */
export type Abaikan = AbaikanLine & { readonly at: CellRef };

/** A rule named by a Nonaktif or Abaikan line, to be checked against the known rules. */
export interface RuleLine {
  readonly jenis: "Nonaktif" | "Abaikan";
  readonly rule: string;
  readonly at: CellRef;
}

/** A value of the settings sheet that cannot take effect, on its own cell. */
export interface SettingProblem {
  readonly at: CellRef;
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
  /** `warning` for a value that fails; `info` for an Abaikan line that can ignore nothing. */
  readonly severity: "warning" | "info";
}

/** What the workbook says about how to check it. */
export interface Settings {
  readonly year?: number;
  readonly metodeEfisiensi: MetodeEfisiensi;
  /** A cap on capaian the pemda applies (100, 120, 200). */
  readonly batasCapaian?: number;
  readonly disabled: ReadonlySet<string>;
  readonly abaikan: readonly Abaikan[];
  /** The rules named by Nonaktif and Abaikan lines, for the check that they exist. */
  readonly ruleLines: readonly RuleLine[];
  /** The values that cannot take effect, each with what the check does instead. */
  readonly problems: readonly SettingProblem[];
  /** The settings sheet's name, when there is one. */
  readonly sheet?: string;
}

const EMPTY: Settings = {
  metodeEfisiensi: "lkjip",
  disabled: new Set(),
  abaikan: [],
  ruleLines: [],
  problems: [],
};

/** The settings sheet of a workbook, by its name (`Pengaturan`, `Pengaturan LKjIP`). */
export function settingsSheet(workbook: WorkbookSnapshot) {
  return workbook.sheets.find(
    (s) => squeeze(s.name) === "pengaturan" || squeeze(s.name) === "pengaturanlkjip"
  );
}

function inputOf(cell: CellSnapshot | undefined): CellInput {
  return { value: cell?.value ?? null, numFmt: cell?.numFmt };
}

function shown(input: CellInput): string {
  return String(input.value ?? "")
    .trim()
    .slice(0, 40);
}

const isEmpty = (input: CellInput) => shown(input) === "";

/** Collects the settings line by line; every value that fails becomes a problem. */
class SettingsReader {
  year?: number;
  metode: MetodeEfisiensi = "lkjip";
  batas?: number;
  readonly disabled = new Set<string>();
  readonly abaikan: Abaikan[] = [];
  readonly ruleLines: RuleLine[] = [];
  readonly problems: SettingProblem[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly sheetNames: ReadonlySet<string>
  ) {}

  private at(row: number, col: number): CellRef {
    return {
      sheet: this.grid.sheet.name,
      row,
      col,
      address: sheetCell(this.grid.sheet.name, row, col),
    };
  }

  private input(row: number, col: number): CellInput {
    return inputOf(this.grid.cell(row, col));
  }

  private problem(
    row: number,
    col: number,
    message: string,
    expected: string,
    severity: SettingProblem["severity"] = "warning"
  ): void {
    const actual = shown(this.input(row, col));
    this.problems.push({ at: this.at(row, col), message, expected, actual, severity });
  }

  /** Reads one line by its key in column A. */
  line(row: number): void {
    const key = squeeze(this.grid.text(row, 0));
    const value = this.input(row, 1);
    if (key.startsWith("tahun")) this.tahun(row, value);
    else if (key.startsWith("metodeefisiensi")) this.metodeEfisiensi(row, value);
    else if (key.startsWith("batascapaian")) this.batasCapaian(row, value);
    else if (key === "nonaktif" && !isEmpty(value)) this.nonaktif(row, value);
    else if (key === "abaikan" && !isEmpty(value)) this.abaikanLine(row);
  }

  /**
   * A value column B must hold, read by its schema; when it cannot take effect,
   * a problem on its cell: `message` of what was written, and `expected`.
   */
  private valueOf<T>(
    row: number,
    value: CellInput,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    message: (written: string) => string,
    expected: string
  ): T | undefined {
    if (isEmpty(value)) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.problem(row, 1, message(shown(value)), expected);
    return undefined;
  }

  private tahun(row: number, value: CellInput): void {
    this.year =
      this.valueOf(
        row,
        value,
        TAHUN_LAPORAN(),
        (w) =>
          `Tahun laporan "${w}" tidak dikenali: isi tahun empat angka, misalnya 2023. Tahun laporan diambil dari PK atau judul tabel.`,
        "tahun empat angka, misalnya 2023"
      ) ?? this.year;
  }

  private metodeEfisiensi(row: number, value: CellInput): void {
    const metode = this.valueOf(
      row,
      value,
      METODE(),
      (w) =>
        `Metode efisiensi "${w}" tidak dikenal: pilih lkjip, indeks, atau selisih. Pemeriksaan memakai lkjip.`,
      "lkjip, indeks, atau selisih"
    );
    if (metode !== undefined) this.metode = METODE_EFISIENSI.aliases[metode];
  }

  private batasCapaian(row: number, value: CellInput): void {
    this.batas =
      this.valueOf(
        row,
        value,
        BATAS_CAPAIAN(),
        (w) =>
          `Batas capaian "${w}" tidak dikenali: isi persen 100 ke atas, misalnya 120 atau 120%. Capaian diperiksa tanpa batas.`,
        "persen 100 ke atas, misalnya 120"
      ) ?? this.batas;
  }

  private nonaktif(row: number, value: CellInput): void {
    const parsed = ATURAN().safeParse(shown(value));
    if (!parsed.success) {
      this.problem(
        row,
        1,
        `Nonaktif "${shown(value)}" bukan nama aturan (misalnya CAPAIAN_SALAH); tidak ada aturan yang dimatikan.`,
        "nama aturan, misalnya CAPAIAN_SALAH"
      );
      return;
    }
    this.disabled.add(parsed.data);
    this.ruleLines.push({ jenis: "Nonaktif", rule: parsed.data, at: this.at(row, 1) });
  }

  private abaikanLine(row: number): void {
    const text = (col: number) => shown(this.input(row, col));
    const line = { rule: text(1), sheet: text(2), cell: text(3), alasan: text(4) };
    const parsed = ABAIKAN().safeParse(line);
    if (parsed.success && this.sheetNames.has(parsed.data.sheet)) {
      this.abaikan.push({ ...parsed.data, alasan: this.grid.text(row, 4), at: this.at(row, 1) });
      this.ruleLines.push({ jenis: "Abaikan", rule: parsed.data.rule, at: this.at(row, 1) });
      return;
    }
    const nothing = "baris ini tidak mengabaikan apa pun";
    if (!ATURAN().safeParse(line.rule).success)
      this.problem(row, 1, `Abaikan "${line.rule}" bukan nama aturan; ${nothing}.`, "nama aturan");
    else if (!this.sheetNames.has(line.sheet))
      this.problem(
        row,
        2,
        `Lembar "${line.sheet}" pada baris Abaikan tidak ada di workbook ini; ${nothing}.`,
        "nama lembar yang ada",
        "info"
      );
    else if (!SEL().safeParse(line.cell).success)
      this.problem(
        row,
        3,
        `Sel "${line.cell}" pada baris Abaikan bukan alamat sel (misalnya F7); ${nothing}.`,
        "alamat sel, misalnya F7",
        "info"
      );
  }
}

/** Reads the settings sheet, or the defaults when the workbook has none. */
export function readSettings(workbook: WorkbookSnapshot): Settings {
  const sheet = settingsSheet(workbook);
  if (!sheet) return EMPTY;
  const grid = new Grid(sheet);
  const reader = new SettingsReader(grid, new Set(workbook.sheets.map((s) => s.name)));
  for (let r = 0; r < grid.height; r++) reader.line(r);
  return {
    year: reader.year,
    metodeEfisiensi: reader.metode,
    batasCapaian: reader.batas,
    disabled: reader.disabled,
    abaikan: reader.abaikan,
    ruleLines: reader.ruleLines,
    problems: reader.problems,
    sheet: sheet.name,
  };
}
