/**
 * POLARITAS_MERAGUKAN: the indicator's wording says lower is better (angka
 * kematian, prevalensi, kasus, kemiskinan, pengangguran…) but the PK does not
 * declare it negative.
 */
import { IndicatorRecord } from "../read/indicators";
import { nameKey } from "../read/names";
import { defineRule } from "./rule";
import { declaredPolaritas, indicatorKey } from "../read/pk-match";

const LOWER_IS_BETTER =
  /\b(angka kematian|kematian|prevalensi|stunting|kasus|kemiskinan|miskin|pengangguran|gizi buruk|angka kesakitan|putus sekolah|buta aksara|kecelakaan|pelanggaran|tunggakan|kerugian|inflasi|gini)\b/i;

function words(r: IndicatorRecord): string {
  return nameKey(r.indikator);
}

/** The rule. */
export const POLARITAS_MERAGUKAN = defineRule(
  "POLARITAS_MERAGUKAN",
  "warning",
  "Polaritas meragukan",
  "Indikator yang namanya berarti makin rendah makin baik (angka kematian, prevalensi, stunting, kemiskinan, pengangguran, dan sejenisnya) tetapi tidak dinyatakan negatif di PK.",
  function* (model) {
    const seen = new Set<string>();
    const candidates = [...(model.pk?.records ?? []), ...(model.pk ? [] : model.records)];
    for (const r of candidates) {
      const key = indicatorKey(model, r);
      if (seen.has(key) || !LOWER_IS_BETTER.test(words(r))) continue;
      seen.add(key);
      const declared = model.pk ? declaredPolaritas(r) : undefined;
      if (declared && declared !== "positif") continue;
      const why =
        declared === "positif" ? "PK menyatakannya positif" : "PK tidak menyatakan polaritasnya";
      yield {
        at: r.polaritas?.at ?? r.indikatorAt,
        table: r.table.label,
        message: `Indikator "${r.indikator}" tampaknya makin rendah makin baik, tetapi ${why}: periksa rumus capaiannya`,
        expected: "negatif",
        actual: declared ?? "tidak dinyatakan",
        related: [],
      };
    }
  }
);
