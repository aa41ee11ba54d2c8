/**
 * IKM_SALAH: the IKM written is not IKM(unsur) (the exact 1/9 weight and the printed
 * 0.111 are both accepted), or an unsur / IKM grade does not match the scale.
 */
import { FindingDraft } from "../finding";
import { agrees } from "../tolerance";
import { ikmOf } from "../functions/ikm";
import { squeeze } from "../read/header-roles";
import { IkmTable, readIkmTable } from "../read/ikm-table";
import { gradeIn, IKM_GRADES, UNSUR_GRADES } from "../scales";
import { defineRule } from "./rule";
import { shown, written } from "./support";

function* ikmValue(t: IkmTable): Iterable<FindingDraft> {
  const unsur = t.unsur.filter((u): u is NonNullable<typeof u> => u !== undefined);
  if (!t.ikm || unsur.length === 0 || unsur.length !== t.unsur.length) return;
  const values = unsur.map((u) => u.value);
  const exact = ikmOf(values);
  const printed = values.reduce((s, v) => s + v * 0.111, 0) * 25;
  if (agrees(exact, t.ikm) || agrees(printed, t.ikm)) return;
  yield {
    at: t.ikm.at,
    table: t.table.label,
    message: `IKM ditulis ${shown(t.ikm.value, t.ikm.decimals)}, padahal rata-rata ${values.length} unsur × 25 = ${shown(exact)}`,
    expected: shown(exact),
    actual: shown(t.ikm.value, t.ikm.decimals),
    related: unsur.map((u) => u.at),
  };
}

function* ikmGrade(t: IkmTable): Iterable<FindingDraft> {
  if (!t.ikm?.grade) return;
  const step = gradeIn(IKM_GRADES, t.ikm.value);
  const g = squeeze(t.ikm.grade);
  if (!step || g === squeeze(step.word) || g === squeeze(step.grade)) return;
  yield {
    at: t.ikm.at,
    table: t.table.label,
    message: `Mutu IKM ${shown(t.ikm.value, t.ikm.decimals)} ditulis "${t.ikm.grade}", padahal menurut PermenPANRB 14/2017 mutunya ${step.grade} (${step.word})`,
    expected: `${step.grade} (${step.word})`,
    actual: t.ikm.grade,
  };
}

function* unsurGrades(t: IkmTable): Iterable<FindingDraft> {
  for (let i = 0; i < t.grades.length; i++) {
    const g = t.grades[i];
    const u = t.unsur[i];
    if (g.kind !== "text" || !u) continue;
    const step = gradeIn(UNSUR_GRADES, u.value);
    const letter = squeeze(g.text);
    if (!step || letter === squeeze(step.grade) || letter === squeeze(step.word)) continue;
    yield {
      at: g.at,
      table: t.table.label,
      message: `Mutu unsur U${i + 1} (nilai ${written(u)}) ditulis ${g.text}, padahal menurut skala unsur mutunya ${step.grade} (${step.word})`,
      expected: step.grade,
      actual: g.text,
      related: [u.at],
    };
  }
}

/** The rule. */
export const IKM_SALAH = defineRule(
  "IKM_SALAH",
  "error",
  "IKM atau mutunya tidak sesuai",
  function* (model) {
    for (const table of model.tables.filter((x) => x.kind === "ikm")) {
      const t = readIkmTable(table);
      yield* ikmValue(t);
      yield* ikmGrade(t);
      yield* unsurGrades(t);
    }
  }
);
