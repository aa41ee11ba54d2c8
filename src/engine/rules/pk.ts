/**
 * PK_*: the PK sheet itself: an indicator without satuan, target or sasaran; a
 * duplicated indicator; a target that is not a number where the satuan is numeric;
 * an unknown polarity.
 */
import { chooseOption } from "../cell-input";
import { isFormulaError } from "../errors";
import { POLARITAS } from "../functions/capaian";
import { squeeze } from "../read/header-roles";
import { IndicatorRecord } from "../read/indicators";
import { nameKey } from "../read/names";
import { isEmpty } from "../read/written";
import { defineRule, Rule } from "./rule";
import { measureOf, written } from "./support";

const NUMERIC_SATUAN =
  /^(persen|%|angka|jumlah|nilai|indeks|rp|rupiah|orang|dokumen|laporan|kegiatan|poin|unit|desa|hari|bulan|kali|kasus|buah|paket)$/;

function records(model: {
  pk?: { records: readonly IndicatorRecord[] };
}): readonly IndicatorRecord[] {
  return model.pk?.records ?? [];
}

const missing = (
  id: string,
  severity: "error" | "warning",
  field: "satuan" | "target" | "sasaran",
  title: string,
  description: string
): Rule =>
  defineRule(id, severity, title, description, function* (model) {
    for (const r of records(model)) {
      const empty = field === "sasaran" ? !r.sasaran : isEmpty(r[field]);
      if (!empty) continue;
      yield {
        at: field === "sasaran" ? r.indikatorAt : (r[field]?.at ?? r.indikatorAt),
        table: r.table.label,
        message: `Indikator PK "${r.indikator}" tidak memiliki ${field}`,
        expected: field,
        actual: "kosong",
      };
    }
  });

/** An indicator without satuan. */
export const PK_SATUAN_KOSONG = missing(
  "PK_SATUAN_KOSONG",
  "warning",
  "satuan",
  "PK: satuan kosong",
  "Indikator di lembar PK tanpa satuan."
);
/** An indicator without target. */
export const PK_TARGET_KOSONG = missing(
  "PK_TARGET_KOSONG",
  "error",
  "target",
  "PK: target kosong",
  "Indikator di lembar PK tanpa target."
);
/** An indicator without sasaran. */
export const PK_SASARAN_KOSONG = missing(
  "PK_SASARAN_KOSONG",
  "warning",
  "sasaran",
  "PK: sasaran kosong",
  "Indikator di lembar PK tanpa sasaran strategis."
);

/** The same indicator twice in the PK. */
export const PK_DUPLIKAT = defineRule(
  "PK_DUPLIKAT",
  "error",
  "PK: indikator ganda",
  "Indikator yang sama tertulis dua kali di PK untuk tahun yang sama.",
  function* (model) {
    const first = new Map<string, IndicatorRecord>();
    for (const r of records(model)) {
      const key = `${nameKey(r.sasaran ?? "")}|${nameKey(r.indikator)}`;
      const earlier = first.get(key);
      if (!earlier) first.set(key, r);
      else
        yield {
          at: r.indikatorAt,
          table: r.table.label,
          message: `Indikator "${r.indikator}" tercantum dua kali di PK`,
          expected: "satu baris",
          actual: "dua baris",
          related: [earlier.indikatorAt],
        };
    }
  }
);

/** A target that is not a number where the satuan is numeric. */
export const PK_TARGET_BUKAN_ANGKA = defineRule(
  "PK_TARGET_BUKAN_ANGKA",
  "error",
  "PK: target bukan angka",
  "Target PK yang tidak dapat dibaca sebagai angka, rentang, atau predikat.",
  function* (model) {
    for (const r of records(model)) {
      const satuan = r.satuan?.kind === "text" ? squeeze(r.satuan.text) : "";
      if (!NUMERIC_SATUAN.test(satuan) || isEmpty(r.target)) continue;
      const m = measureOf(r.target);
      if (m && m.kind !== "grade") continue;
      yield {
        at: r.target!.at,
        table: r.table.label,
        message: `Target "${r.indikator}" ditulis ${written(r.target)}, padahal satuannya ${written(r.satuan)}`,
        expected: "angka",
        actual: written(r.target),
      };
    }
  }
);

/** A polarity the checker does not know. */
export const PK_POLARITAS_TIDAK_DIKENAL = defineRule(
  "PK_POLARITAS_TIDAK_DIKENAL",
  "error",
  "PK: polaritas tidak dikenal",
  "Kolom Polaritas PK berisi kata selain positif, negatif, atau negatif-rasio.",
  function* (model) {
    for (const r of records(model)) {
      if (r.polaritas?.kind !== "text") continue;
      if (!isFormulaError(chooseOption(r.polaritas.text, POLARITAS))) continue;
      yield {
        at: r.polaritas.at,
        table: r.table.label,
        message: `Polaritas "${r.polaritas.text}" untuk "${r.indikator}" tidak dikenal; gunakan positif, negatif, atau negatif-rasio`,
        expected: "positif / negatif / negatif-rasio",
        actual: r.polaritas.text,
      };
    }
  }
);
