/**
 * The findings list's groups and labels: a table's name said once in its heading
 * (the sheet added only when its name says more), errors first in each group, and
 * rules named by their titles, every rule of the registry having one.
 */
import { Finding, toFinding } from "../../src/engine/finding";
import { RULES } from "../../src/engine/rules";
import {
  groupFindings,
  groupHeading,
  ruleTitle,
} from "../../src/taskpane/components/finding-groups";

function finding(
  rule: string,
  table: string,
  sheet: string,
  row: number,
  warning = false
): Finding {
  return toFinding(rule, warning ? "warning" : "error", {
    at: { sheet, row, col: 2, address: `'${sheet}'!C${row + 1}` },
    table,
    message: "pesan",
  });
}

describe("the findings list's groups", () => {
  it("heads a group with the table's name once", () => {
    expect(groupHeading("Tabel 2.8", "Tabel 2.8")).toBe("Tabel 2.8");
    expect(groupHeading("Tabel 3.2", "Tabel 3.2 dan 3.3")).toBe("Tabel 3.2");
    expect(groupHeading('lembar "Perbandingan 2023"', "Perbandingan 2023")).toBe(
      'lembar "Perbandingan 2023"'
    );
    expect(groupHeading("", "Pengaturan")).toBe("Pengaturan");
  });

  it("tells apart the same table found on several sheets by the sheet", () => {
    expect(groupHeading("Tabel 3.4", "Tabel 3.4 (2)", true)).toBe("Tabel 3.4 (2)");
    expect(groupHeading("Tabel 3.4", "Tabel 3.4", true)).toBe("Tabel 3.4");
    expect(groupHeading("Tabel 3.4", "Capaian 2023", true)).toBe("Tabel 3.4 — Capaian 2023");
  });

  it("groups by table and sheet in the order found, errors first in each", () => {
    const groups = groupFindings([
      finding("ANGKA_TIDAK_VALID", "Tabel 2.8", "Tabel 2.8", 3, true),
      finding("JUMLAH_SALAH", "Tabel 2.8", "Tabel 2.8", 7),
      finding("REALISASI_BEDA", "Tabel 3.2", "Tabel 3.2 dan 3.3", 3),
      finding("IKM_SALAH", "Tabel 3.3", "Tabel 3.2 dan 3.3", 9),
      finding("JUMLAH_SALAH", "Tabel 2.8", "Tabel 2.8 (2)", 7),
    ]);
    expect(groups.map((g) => [g.heading, g.findings.map((f) => f.rule)])).toEqual([
      ["Tabel 2.8", ["JUMLAH_SALAH", "ANGKA_TIDAK_VALID"]],
      ["Tabel 3.2", ["REALISASI_BEDA"]],
      ["Tabel 3.3", ["IKM_SALAH"]],
      ["Tabel 2.8 (2)", ["JUMLAH_SALAH"]],
    ]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(4);
  });
});

describe("rule titles", () => {
  it("names a rule in words", () => {
    expect(ruleTitle("JUMLAH_SALAH")).toBe("Jumlah tidak sama dengan rinciannya");
  });

  it("has a title in words for every rule of the registry", () => {
    for (const rule of RULES) {
      expect({ id: rule.id, title: ruleTitle(rule.id) }).toEqual({
        id: rule.id,
        title: expect.stringMatching(/^\S+( \S+)+$/),
      });
      expect(ruleTitle(rule.id)).not.toBe(rule.id);
    }
  });

  it("keeps the id of a rule it does not know", () => {
    expect(ruleTitle("ATURAN_LAMA")).toBe("ATURAN_LAMA");
  });
});
