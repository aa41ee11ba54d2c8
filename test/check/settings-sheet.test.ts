import { checkWorkbook } from "../../src/engine/check/run";
import { withSettingLine } from "../../src/engine/read/settings-sheet";
import { buildSampleWorkbook } from "../../src/sample";

const sample = buildSampleWorkbook();
const replace = (sheet: ReturnType<typeof withSettingLine>) => ({
  sheets: sample.sheets.map((s) => (s.name === sheet.name ? sheet : s)),
});

describe("writing settings lines", () => {
  it("adds an Abaikan line the checker honours, keeping what was typed", () => {
    const sheet = withSettingLine(sample, {
      jenis: "Abaikan",
      aturan: "IKM_SALAH",
      lembar: "Tabel 3.2 dan 3.3",
      sel: "B13",
      alasan: "dicek ulang",
    });
    expect(sheet.rows.slice(0, 4)).toEqual(sample.sheets[0].rows.slice(0, 4));
    const result = checkWorkbook(replace(sheet));
    expect(result.ignored.map((i) => `${i.finding.rule} ${i.finding.cell} ${i.alasan}`)).toEqual([
      "IKM_SALAH B13 dicek ulang",
    ]);
  });

  it("switches a rule off and on again", () => {
    const off = replace(withSettingLine(sample, { jenis: "Nonaktif", aturan: "TARGET_NOL" }));
    expect(checkWorkbook(off).findings.some((f) => f.rule === "TARGET_NOL")).toBe(false);
    const on = replace(withSettingLine(off, { jenis: "Nonaktif", aturan: "TARGET_NOL" }, true));
    expect(checkWorkbook(on).findings.some((f) => f.rule === "TARGET_NOL")).toBe(true);
  });

  it("creates the Pengaturan sheet when the workbook has none", () => {
    const bare = { sheets: sample.sheets.filter((s) => s.name !== "Pengaturan") };
    const sheet = withSettingLine(bare, { jenis: "Nonaktif", aturan: "TARGET_NOL" });
    expect(sheet.name).toBe("Pengaturan");
    expect(
      checkWorkbook({ sheets: [...bare.sheets, sheet] }).findings.some(
        (f) => f.rule === "TARGET_NOL"
      )
    ).toBe(false);
  });
});
