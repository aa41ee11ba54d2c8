/**
 * Tabel 3.3: the IKM survey per unsur with grades, the IKM of the unit and its grade.
 */
import { ikmOf } from "../../functions/ikm";
import { readIkmTable } from "../../read/ikm-table";
import { gradeIn, IKM_GRADES, UNSUR_GRADES } from "../../scales";
import { caption, header, sumber } from "../../workbook/layout";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { formula, local } from "../cells";
import { fromSource, Generator } from "../context";
import { ikmGradeFormula, unsurGradeFormula } from "../excel-formulas";

/** Tabel 3.3. */
export const TABEL_3_3: Generator = {
  id: "3.3",
  title: "Analisa Hasil Survey",
  usesPk: false,
  generate(ctx) {
    if (!ctx.sources.ikm) return { skipped: 'lembar sumber "IKM" tidak ada' };
    const survey = readIkmTable(ctx.sources.ikm);
    const unsur = survey.unsur.filter((u): u is NonNullable<typeof u> => u !== undefined);
    if (unsur.length === 0) return { skipped: 'lembar "IKM" tidak memuat nilai unsur' };
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.3 Analisa Hasil Survey Kepuasan Masyarakat Tahun ${ctx.year}`);
    const group = header(b, [null, "Nilai Unsur Pelayanan"]);
    b.merge(group, 1, group, unsur.length);
    header(b, [null, ...unsur.map((_, i) => `U${i + 1}`)]);
    b.merge(group, 0, group + 1, 0);
    const valueRow = b.nextRow;
    b.row(["IKM per unsur", ...unsur.map((u) => fromSource(u, "0.00"))]);
    b.row([
      "Kategori",
      ...unsur.map((u, i) =>
        formula(
          unsurGradeFormula(local(valueRow, i + 1)),
          gradeIn(UNSUR_GRADES, u.value)?.grade ?? "-"
        )
      ),
    ]);
    const ikm = ikmOf(unsur.map((u) => u.value));
    const ikmRow = b.nextRow;
    const range = `${local(valueRow, 1)}:${local(valueRow, unsur.length)}`;
    b.row(["IKM Unit Layanan", formula(`AVERAGE(${range})*25`, ikm, "0.00")]);
    const step = gradeIn(IKM_GRADES, ikm);
    b.row([
      "Kinerja Unit Pelayanan",
      formula(ikmGradeFormula(local(ikmRow, 1)), step ? `${step.grade} (${step.word})` : "-"),
    ]);
    b.merge(ikmRow, 1, ikmRow, unsur.length);
    b.merge(ikmRow + 1, 1, ikmRow + 1, unsur.length);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
