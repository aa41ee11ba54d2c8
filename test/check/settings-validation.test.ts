/**
 * A Pengaturan value that cannot take effect is a finding on its own cell
 * (PENGATURAN_TIDAK_VALID), saying what was expected and what the check does
 * instead; the check otherwise goes on as with no such line.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/engine/check/run";
import { Finding } from "../../src/engine/finding";
import { readSettings } from "../../src/engine/read/settings";
import { buildSampleWorkbook } from "../../src/sample";
import { edited, Edit } from "../support/workbooks";

const sample = buildSampleWorkbook();
const base = checkWorkbook(sample);
const others = (findings: readonly Finding[]) =>
  findings.filter((f) => f.rule !== "PENGATURAN_TIDAK_VALID").map((f) => `${f.rule} ${f.cell}`);

function check(edits: readonly Edit[]) {
  const result = checkWorkbook(edited(sample, edits));
  const own = result.findings.filter((f) => f.rule === "PENGATURAN_TIDAK_VALID");
  return { result, own };
}

describe("PENGATURAN_TIDAK_VALID", () => {
  it("says nothing about the sample's own settings", () => {
    expect(base.findings.filter((f) => f.rule === "PENGATURAN_TIDAK_VALID")).toEqual([]);
  });

  it("reports a year with a letter O, and reads the year from the report instead", () => {
    const { result, own } = check([["Pengaturan", "B3", "2O23"]]);
    expect(own).toMatchObject([
      { sheet: "Pengaturan", cell: "B3", severity: "warning", actual: "2O23" },
    ]);
    expect(own[0].message).toMatch(/tahun empat angka.*diambil dari PK atau judul tabel/);
    expect(result.model.year).toBe(2023);
    expect(others(result.findings)).toEqual(others(base.findings));
  });

  it("reports an unknown efficiency method and checks with lkjip", () => {
    const { result, own } = check([["Pengaturan", "B4", "foo"]]);
    expect(own).toMatchObject([
      { cell: "B4", severity: "warning", expected: "lkjip, indeks, atau selisih" },
    ]);
    expect(own[0].message).toMatch(/Pemeriksaan memakai lkjip/);
    expect(others(result.findings)).toEqual(others(base.findings));
  });

  it.each([
    ["120%", 120],
    ["120", 120],
    [120, 120],
  ])("takes Batas capaian %p as %p", (value, cap) => {
    const settings = readSettings(
      edited(sample, [
        ["Pengaturan", "A5", "Batas capaian"],
        ["Pengaturan", "B5", value],
      ])
    );
    expect(settings.batasCapaian).toBe(cap);
    expect(settings.problems).toEqual([]);
  });

  it("takes a cap formatted as a percentage, and reports one that is no percentage", () => {
    const percent = readSettings(
      edited(sample, [
        ["Pengaturan", "A5", "Batas capaian"],
        ["Pengaturan", "B5", { value: 1.2, numFmt: "0%" }],
      ])
    );
    expect(percent.batasCapaian).toBeCloseTo(120);
    const { own } = check([
      ["Pengaturan", "A5", "Batas capaian"],
      ["Pengaturan", "B5", "seratus dua puluh"],
    ]);
    expect(own).toMatchObject([{ cell: "B5", severity: "warning" }]);
    expect(own[0].message).toMatch(/tanpa batas/);
  });

  it("names the closest rule for a misspelt Nonaktif, and switches nothing off", () => {
    const { result, own } = check([
      ["Pengaturan", "A7", "Nonaktif"],
      ["Pengaturan", "B7", "CAPAIAN_SALH"],
    ]);
    expect(own).toMatchObject([{ cell: "B7", severity: "warning", expected: "CAPAIAN_SALAH" }]);
    expect(own[0].message).toMatch(
      /mungkin maksudnya CAPAIAN_SALAH.*Tidak ada aturan yang dimatikan/
    );
    expect(result.findings.some((f) => f.rule === "CAPAIAN_SALAH")).toBe(true);
  });

  it("says which Abaikan lines can ignore nothing: unknown rule, sheet or cell, or no such finding", () => {
    const line = (row: number, rule: string, sheet: string, cell: string): Edit[] => [
      ["Pengaturan", `A${row}`, "Abaikan"],
      ["Pengaturan", `B${row}`, rule],
      ["Pengaturan", `C${row}`, sheet],
      ["Pengaturan", `D${row}`, cell],
      ["Pengaturan", `E${row}`, "alasan"],
    ];
    const { own } = check([
      ...line(7, "CAPAIAN_SALAHH", "Tabel 3.4", "F24"),
      ...line(8, "CAPAIAN_SALAH", "Tabel 9.9", "F24"),
      ...line(9, "CAPAIAN_SALAH", "Tabel 3.4", "F"),
      ...line(10, "CAPAIAN_SALAH", "Tabel 3.4", "A1"),
      ...line(11, "CAPAIAN_SALAH", "Tabel 3.4", "F24"),
    ]);
    expect(own.map((f) => [f.cell, f.severity])).toEqual([
      ["B7", "warning"],
      ["C8", "info"],
      ["D9", "info"],
      ["B10", "info"],
    ]);
    expect(own[0].message).toMatch(/mungkin maksudnya CAPAIAN_SALAH/);
    expect(own[1].message).toMatch(/Lembar "Tabel 9.9".*tidak ada/);
    expect(own[2].message).toMatch(/bukan alamat sel/);
    expect(own[3].message).toMatch(/tidak mengenai temuan mana pun/);
  });

  it("does not call an Abaikan line stale when its rule did not run", () => {
    const { result } = {
      result: checkWorkbook(
        edited(sample, [
          ["Pengaturan", "A7", "Abaikan"],
          ["Pengaturan", "B7", "CAPAIAN_SALAH"],
          ["Pengaturan", "C7", "Tabel 3.4"],
          ["Pengaturan", "D7", "A1"],
        ]),
        { rules: ["TARGET_BEDA", "PENGATURAN_TIDAK_VALID"] }
      ),
    };
    expect(result.findings.filter((f) => f.rule === "PENGATURAN_TIDAK_VALID")).toEqual([]);
  });
});

describe("random Pengaturan rows", () => {
  const keys = ["Tahun laporan", "Metode efisiensi", "Batas capaian", "Nonaktif", "Abaikan"];
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 3000 }),
    fc.constantFrom("2023", "2O23", "indeks", "foo", "120%", "CAPAIAN_SALAH", "TARGET_BEDX")
  );
  const row = fc.tuple(
    fc.constantFrom(...keys),
    value,
    fc.constantFrom("Tabel 3.4", "Nope", ""),
    fc.constantFrom("F24", "Z", "")
  );

  it("never stops the check; every finding about them sits on a row that was written", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const edits: Edit[] = rows.flatMap(([k, v, sheet, cell], i) => [
          ["Pengaturan", `A${7 + i}`, k],
          ["Pengaturan", `B${7 + i}`, v],
          ["Pengaturan", `C${7 + i}`, sheet],
          ["Pengaturan", `D${7 + i}`, cell],
        ]);
        const result = checkWorkbook(edited(sample, edits));
        const own = result.findings.filter((f) => f.rule === "PENGATURAN_TIDAK_VALID");
        for (const f of own) {
          expect(f.sheet).toBe("Pengaturan");
          const r = Number(f.cell.replace(/^[A-Z]+/, ""));
          expect(r).toBeGreaterThanOrEqual(7);
          expect(r).toBeLessThan(7 + rows.length);
          expect(f.message).not.toBe("");
        }
        const perRow = new Map<string, number>();
        own.forEach((f) =>
          perRow.set(
            f.cell.replace(/^[A-Z]+/, ""),
            (perRow.get(f.cell.replace(/^[A-Z]+/, "")) ?? 0) + 1
          )
        );
        for (const n of perRow.values()) expect(n).toBe(1);
      }),
      { numRuns: 40 }
    );
  });
});
