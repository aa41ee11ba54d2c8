/**
 * The registry of rules, in the order findings are reported.
 */
import { ANGKA_TIDAK_VALID } from "./angka-tidak-valid";
import { CAPAIAN_SALAH } from "./capaian-salah";
import { EFISIENSI_SALAH } from "./efisiensi-salah";
import { IKM_SALAH } from "./ikm-salah";
import { JUMLAH_SALAH } from "./jumlah-salah";
import { KRITERIA_SALAH } from "./kriteria-salah";
import { PERSEN_SALAH } from "./persen-salah";
import { pengaturanTidakValid } from "./pengaturan";
import {
  PK_DUPLIKAT,
  PK_POLARITAS_TIDAK_DIKENAL,
  PK_SASARAN_KOSONG,
  PK_SATUAN_KOSONG,
  PK_TARGET_BUKAN_ANGKA,
  PK_TARGET_KOSONG,
} from "./pk";
import { POLARITAS_MERAGUKAN } from "./polaritas-meragukan";
import { REALISASI_BEDA } from "./realisasi-beda";
import { Rule } from "./rule";
import { SISA_SALAH } from "./sisa-salah";
import { TARGET_BEDA } from "./target-beda";
import { TARGET_NOL } from "./target-nol";
import { TREN_SALAH } from "./tren-salah";

export { Rule } from "./rule";

/** The rules that check the PK sheet itself. */
export const PK_RULES: readonly Rule[] = [
  PK_TARGET_KOSONG,
  PK_SATUAN_KOSONG,
  PK_SASARAN_KOSONG,
  PK_DUPLIKAT,
  PK_TARGET_BUKAN_ANGKA,
  PK_POLARITAS_TIDAK_DIKENAL,
];

/** Every rule of SPEC section 4. */
export const RULES: readonly Rule[] = [
  ...PK_RULES,
  TARGET_BEDA,
  REALISASI_BEDA,
  CAPAIAN_SALAH,
  KRITERIA_SALAH,
  JUMLAH_SALAH,
  PERSEN_SALAH,
  SISA_SALAH,
  IKM_SALAH,
  EFISIENSI_SALAH,
  TREN_SALAH,
  ANGKA_TIDAK_VALID,
  POLARITAS_MERAGUKAN,
  TARGET_NOL,
  pengaturanTidakValid(() => RULES.map((r) => r.id)),
];

/** A rule by its id, case-insensitive. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id.trim().toUpperCase());
}
