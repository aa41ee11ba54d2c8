/**
 * SISA_SALAH: sisa anggaran ≠ pagu − realisasi (a blank realisasi or sisa counts as 0).
 */
import { agrees } from "../tolerance";
import { labelledRows } from "../read/rows";
import { sisaPairs } from "../read/money-pairs";
import { defineRule } from "./rule";
import { inferredDrafts } from "./inferred";
import { shown, written } from "./support";

/** The rule. */
export const SISA_SALAH = defineRule(
  "SISA_SALAH",
  "error",
  "Sisa anggaran tidak sesuai",
  "Sisa anggaran tidak sama dengan pagu dikurangi realisasi.",
  function* (model) {
    for (const t of model.tables)
      for (const { result: sisa, pagu, realisasi } of sisaPairs(t))
        for (const row of labelledRows(t, [pagu, realisasi, sisa])) {
          const p = row.values.get(pagu.col);
          const r = row.values.get(realisasi.col);
          const s = row.values.get(sisa.col);
          if (p?.kind !== "number" || !s || (r && r.kind !== "number" && r.kind !== "empty"))
            continue;
          const expected = p.value - (r?.kind === "number" ? r.value : 0);
          if (s.kind === "empty" ? expected === 0 : s.kind !== "number" || agrees(expected, s))
            continue;
          const spent =
            r?.kind === "number" && r.value !== 0 && s.kind === "number" && s.value === p.value;
          yield {
            at: s.at,
            table: t.label,
            message: spent
              ? `Sisa anggaran "${row.label || "baris jumlah"}" sama dengan pagu ${written(p)}, padahal realisasinya ${written(r)}`
              : `Sisa anggaran "${row.label || "baris jumlah"}" ditulis ${written(s)}, padahal pagu − realisasi = ${shown(expected, 0)}`,
            expected: shown(expected, 0),
            actual: written(s),
            related: [p.at, ...(r ? [r.at] : [])],
          };
        }
  },
  (model) => inferredDrafts(model, "SISA_SALAH")
);
