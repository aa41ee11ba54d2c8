/**
 * IKM_SALAH: the IKM written is not IKM(unsur) (the exact 1/9 weight and the printed
 * 0.111 are both accepted), or an unsur / IKM grade does not match the scale.
 */
import { FindingDraft } from "../finding";
import { agrees, agreesWithin, agreesWithOperands, operandInterval } from "../tolerance";
import { ikmOf } from "../functions/ikm";
import { squeeze } from "../read/header-roles";
import { IkmTable, ikmTableOf, WrittenIkm } from "../read/ikm-table";
import { numbersOf, WrittenNumber } from "../read/written";
import { gradeIn, IKM_GRADES, UNSUR_GRADES } from "../scales";
import { defineRule } from "./rule";
import { inferredDrafts } from "./inferred";
import { shown, written } from "./support";

function sumOf(ws: readonly WrittenNumber[]): number {
  return ws.reduce((s, w) => s + w.value, 0);
}

/**
 * The IKMs the table's own numbers allow (SPEC: from the written unsur, not from
 * values they may be rounded from): mean × 25, the printed weight 0,111, and the
 * weighted row's sum × 25.
 */
function ikmAgrees(t: IkmTable, unsur: readonly WrittenNumber[], ikm: WrittenIkm): boolean {
  const weighted = numbersOf(t.survey.weighted);
  const candidates = [
    ikmOf(unsur.map((u) => u.value)),
    unsur.reduce((s, u) => s + u.value * 0.111, 0) * 25,
    weighted.length === unsur.length && weighted.length > 0 ? sumOf(weighted) * 25 : NaN,
    t.survey.weightedTotal ? t.survey.weightedTotal.value * 25 : NaN,
    ...fromRespondents(t),
  ];
  return candidates.some((c) => Number.isFinite(c) && agrees(c, ikm));
}

/** The IKM the respondents' scores give (mean × 25, and with the printed 0,111), when they are all there. */
function fromRespondents(t: IkmTable): number[] {
  const nrr = respondentNrr(t);
  if (nrr.length === 0 || nrr.some((v) => v === undefined)) return [];
  const values = nrr as number[];
  return [ikmOf(values), values.reduce((s, v) => s + v * 0.111, 0) * 25];
}

function* ikmValue(t: IkmTable): Iterable<FindingDraft> {
  const unsur = t.unsur.filter((u): u is NonNullable<typeof u> => u !== undefined);
  const complete = unsur.length > 0 && unsur.length === t.unsur.length;
  const scores = fromRespondents(t);
  if (!t.ikm || (!complete && scores.length === 0)) return;
  if (complete ? ikmAgrees(t, unsur, t.ikm) : scores.some((v) => agrees(v, t.ikm!))) return;
  const exact = complete ? ikmOf(unsur.map((u) => u.value)) : scores[0];
  const basis = complete
    ? `rata-rata ${unsur.length} unsur × 25`
    : `rata-rata nilai ${t.survey.respondents.length} responden per unsur × 25`;
  yield {
    at: t.ikm.at,
    table: t.table.label,
    message: `IKM ditulis ${shown(t.ikm.value, t.ikm.decimals)}, padahal ${basis} = ${shown(exact)}`,
    expected: shown(exact),
    actual: shown(t.ikm.value, t.ikm.decimals),
    related: unsur.map((u) => u.at),
  };
}

/** One survey cell against what its column's other rows give. */
function surveyDraft(
  t: IkmTable,
  cell: WrittenNumber,
  what: string,
  expected: number,
  related: readonly WrittenNumber[]
): FindingDraft {
  return {
    at: cell.at,
    table: t.table.label,
    message: `${what} ditulis ${written(cell)}, padahal seharusnya ${shown(expected)}`,
    expected: shown(expected),
    actual: written(cell),
    related: related.map((r) => r.at),
  };
}

/** Σ = the respondents' sum, NRR = Σ / n, NRR tertimbang = NRR × bobot, and their total. */
/** The NRR per unsur the respondents' scores give, when every respondent scored it. */
export function respondentNrr(t: IkmTable): (number | undefined)[] {
  const { respondents } = t.survey;
  const count = t.unsurCells.length || (t.survey.sums?.length ?? 0);
  return Array.from({ length: count }, (_, i) => {
    const scores = numbersOf(respondents.map((r) => r[i]));
    return respondents.length > 0 && scores.length === respondents.length
      ? sumOf(scores) / respondents.length
      : undefined;
  });
}

/**
 * Σ = the respondents' sum, NRR = Σ / n, NRR tertimbang = NRR × bobot, and their
 * total. Each is judged against the row above it as written and against what the
 * respondents give, so one wrong number is reported once, not again in every row
 * computed from it.
 */
function* surveyRows(t: IkmTable): Iterable<FindingDraft> {
  const { respondents, sums, weighted, weights, weightedTotal } = t.survey;
  const n = respondents.length;
  const fromScores = respondentNrr(t);
  for (let i = 0; i < fromScores.length; i++) {
    const scores = numbersOf(respondents.map((r) => r[i]));
    const truth = fromScores[i];
    const sum = sums?.[i]?.kind === "number" ? (sums[i] as WrittenNumber) : undefined;
    if (sum && truth !== undefined && !agrees(truth * n, sum))
      yield surveyDraft(t, sum, `Jumlah nilai unsur ${i + 1}`, truth * n, scores);
    const nrr = t.unsur[i];
    const bases = [sum ? sum.value / n : NaN, truth ?? NaN].filter(Number.isFinite);
    if (nrr && n > 0 && bases.length && !bases.some((b) => agrees(b, nrr)))
      yield surveyDraft(t, nrr, `NRR unsur ${i + 1}`, truth ?? bases[0], sum ? [sum] : scores);
    const w = weighted?.[i]?.kind === "number" ? (weighted[i] as WrittenNumber) : undefined;
    if (!w || !nrr) continue;
    const bobot =
      weights?.[i]?.kind === "number" ? [(weights[i] as WrittenNumber).value] : [0.111, 1 / 9];
    const byWritten = bobot.some((b) => agreesWithOperands((x) => x * b, [nrr], w));
    const byScores = truth !== undefined && bobot.some((b) => agrees(truth * b, w));
    if (!byWritten && !byScores)
      yield surveyDraft(t, w, `NRR tertimbang unsur ${i + 1}`, nrr.value * bobot[0], [nrr]);
  }
  const parts = numbersOf(weighted);
  if (weightedTotal && parts.length > 0) {
    const low = parts.reduce((s, p) => s + operandInterval(p)[0], 0);
    const high = parts.reduce((s, p) => s + operandInterval(p)[1], 0);
    const exact = numbersOf(t.unsurCells).reduce((s, u) => s + u.value / t.unsurCells.length, 0);
    if (!agreesWithin(low, high, weightedTotal) && !agrees(exact, weightedTotal))
      yield surveyDraft(t, weightedTotal, "Jumlah NRR tertimbang", sumOf(parts), parts);
  }
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
  "Nilai IKM tidak sama dengan rata-rata nilai unsur × 25, atau huruf mutu unsur/IKM tidak sesuai skala.",
  function* (model) {
    for (const table of model.tables) {
      const t = ikmTableOf(table);
      if (!t) continue;
      yield* ikmValue(t);
      yield* surveyRows(t);
      yield* ikmGrade(t);
      yield* unsurGrades(t);
    }
  },
  (model) => inferredDrafts(model, "IKM_SALAH")
);
