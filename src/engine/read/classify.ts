/**
 * What a table is, from the roles of its columns: a table is recognised by its
 * header row, not by its caption number.
 */
import { Role } from "./header-roles";
import { TableKind } from "./table";

/** Decides a table's kind from the set of roles its header names. */
export function classify(roles: ReadonlySet<Role>, counts: ReadonlyMap<Role, number>): TableKind {
  const has = (r: Role) => roles.has(r);
  const count = (r: Role) => counts.get(r) ?? 0;
  if (count("unsur") >= 3) return "ikm";
  if (count("bulan") >= 3) return "paten";
  if (has("indikator")) {
    if (has("realisasi") || has("capaian")) return "capaian";
    if (has("target")) return "pk";
    if (has("targetRenstra") || has("dataAwal")) return "renstra";
  }
  if ((has("nama") || has("nip")) && has("lapor")) return "lhkasn";
  if (has("desa")) {
    if (has("pagu") && has("realisasi")) return "apbdes";
    if (count("nilai") >= 2) return "pades";
  }
  const money = has("pagu") || has("sebelum") || has("sesudah");
  const labels =
    has("program") || has("kegiatan") || has("subkegiatan") || has("uraian") || has("kode");
  if (money && labels) {
    const flatPrograms =
      has("program") && !has("kegiatan") && !has("subkegiatan") && !has("uraian");
    if (flatPrograms && has("ket") && has("realisasi")) return "efisiensi";
    return "anggaran";
  }
  return "lain";
}
