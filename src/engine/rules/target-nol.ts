/**
 * TARGET_NOL: a capaian is written for a target of 0.
 */
import { defineRule } from "./rule";
import { written } from "./support";

/** The rule. */
export const TARGET_NOL = defineRule(
  "TARGET_NOL",
  "warning",
  "Capaian untuk target 0",
  "Capaian ditulis untuk target 0, padahal capaian terhadap target 0 tidak dapat dihitung.",
  function* (model) {
    for (const r of model.records) {
      if (r.target?.kind !== "number" || r.target.value !== 0 || r.capaian?.kind !== "number")
        continue;
      yield {
        at: r.capaian.at,
        table: r.table.label,
        message: `Capaian "${r.indikator}" tahun ${r.year} ditulis ${written(r.capaian)} untuk target 0: capaian terhadap target 0 tidak dapat dihitung`,
        expected: "kosong atau N/A",
        actual: written(r.capaian),
        related: [r.target.at],
      };
    }
  }
);
