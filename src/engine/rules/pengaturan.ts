/**
 * PENGATURAN_TIDAK_VALID: a value in the Pengaturan sheet that cannot take effect
 * (a year with a letter in it, an unknown efficiency method, a cap that is not a
 * percentage, a rule name nobody knows, an Abaikan line for a sheet or cell that
 * does not exist), on its own cell, saying what was expected and what the check
 * does instead. Stale Abaikan lines (matching no finding) are found after the
 * check (see check/run.ts).
 */
import { FindingDraft } from "../finding";
import { editDistance } from "../read/names";
import { ReportModel } from "../read/report";
import { defineRule, Rule } from "./rule";

/** The rule's id. */
export const PENGATURAN_ID = "PENGATURAN_TIDAK_VALID";

/** The known rule closest to `typed` (at most three letters apart), if any. */
export function closestRule(typed: string, known: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(typed, id, 3);
    if (distance <= 3 && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}

function* drafts(model: ReportModel, known: readonly string[]): Iterable<FindingDraft> {
  const { settings } = model;
  const table = `lembar "${settings.sheet ?? "Pengaturan"}"`;
  for (const p of settings.problems) yield { ...p, table };
  for (const line of settings.ruleLines) {
    if (known.includes(line.rule)) continue;
    const closest = closestRule(line.rule, known);
    const hint = closest ? `; mungkin maksudnya ${closest}` : "";
    const effect =
      line.jenis === "Nonaktif"
        ? "tidak ada aturan yang dimatikan"
        : "baris ini tidak mengabaikan apa pun";
    yield {
      at: line.at,
      table,
      message: `${line.jenis} "${line.rule}": aturan itu tidak dikenal${hint}. ${effect[0].toUpperCase()}${effect.slice(1)}.`,
      expected: closest ?? "nama aturan yang dikenal (lihat lkjip aturan)",
      actual: line.rule,
    };
  }
}

/** The rule, judging rule names against `knownIds` (every rule's id). */
export function pengaturanTidakValid(knownIds: () => readonly string[]): Rule {
  return defineRule(
    PENGATURAN_ID,
    "warning",
    "Pengaturan tidak berlaku",
    "Sebuah nilai di lembar Pengaturan tidak dikenali, sehingga tidak berlaku: disebutkan apa yang diharapkan dan apa yang dipakai sebagai gantinya.",
    (model) => drafts(model, knownIds())
  );
}
