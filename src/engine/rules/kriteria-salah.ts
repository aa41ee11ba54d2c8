/**
 * KRITERIA_SALAH: a written kriteria does not match KRITERIA(capaian written in the
 * same row). Only the five words of the scale are judged.
 */
import { squeeze } from "../read/header-roles";
import { KRITERIA_WORDS, kriteriaPermendagri86 } from "../scales";
import { defineRule } from "./rule";
import { written } from "./support";

const WORDS = new Map(KRITERIA_WORDS.map((w) => [squeeze(w), w]));

/** The rule. */
export const KRITERIA_SALAH = defineRule(
  "KRITERIA_SALAH",
  "error",
  "Kriteria tidak sesuai skala",
  function* (model) {
    for (const r of model.records) {
      if (r.kriteria?.kind !== "text" || r.capaian?.kind !== "number") continue;
      const word = WORDS.get(squeeze(r.kriteria.text));
      if (!word) continue;
      const expected = kriteriaPermendagri86(r.capaian.value);
      if (word === expected) continue;
      yield {
        at: r.kriteria.at,
        table: r.table.label,
        message: `Kriteria "${r.indikator}" ditulis ${word}, padahal capaian ${written(r.capaian)} termasuk ${expected} (Permendagri 86/2017)`,
        expected,
        actual: word,
        related: [r.capaian.at],
      };
    }
  }
);
