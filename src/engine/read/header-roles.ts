/**
 * What a header cell says its column holds: the report's spellings (`TARGET`,
 * `Realisasi`, `Capaian Kinerja`, `Kriteria Penilaian`, `Pagu anggaran`,
 * `% Realisasi`, `Sisa Anggaran`, `Ket.`…) and obvious variants, including words
 * broken by PDF copy-paste (`TARGE T`, `Realis asi`).
 */
import { cleanText } from "../text";

/** The kinds of column the reader knows. */
export type Role =
  | "no"
  | "tujuan"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "target"
  | "targetRenstra"
  | "dataAwal"
  | "realisasi"
  | "capaian"
  | "kriteria"
  | "formulasi"
  | "penjelasan"
  | "pendukung"
  | "penghambat"
  | "tahun"
  | "ket"
  | "polaritas"
  | "jenis"
  | "program"
  | "kegiatan"
  | "subkegiatan"
  | "uraian"
  | "kode"
  | "pagu"
  | "sebelum"
  | "sesudah"
  | "selisih"
  | "sisa"
  | "persen"
  | "indeksEfisiensi"
  | "desa"
  | "predikat"
  | "nilai"
  | "unsur"
  | "bulan"
  | "jumlah"
  | "nama"
  | "nip"
  | "lapor"
  /** A group over target, realisasi and capaian of performance (`Kinerja`). */
  | "kinerja"
  /** Money spent, in a table that also holds performance (`Realisasi Anggaran`). */
  | "realisasiAnggaran"
  /** A weight (`Bobot`): multiplied, never summed. */
  | "bobot"
  /** A numeric column whose header names no known role. */
  | "angka";

/** Roles whose columns hold numbers (amounts, values, percentages, counts). */
export const NUMERIC_ROLES: ReadonlySet<Role> = new Set<Role>([
  "target",
  "realisasi",
  "capaian",
  "pagu",
  "sisa",
  "persen",
  "nilai",
  "unsur",
  "bulan",
  "sebelum",
  "sesudah",
  "selisih",
  "dataAwal",
  "targetRenstra",
  "jumlah",
  "realisasiAnggaran",
]);

/** A header cell read: its role, and the year or index it names. */
export interface HeaderReading {
  readonly role: Role;
  /** A year named in the header (`Target 2023`, `TAHUN 2022 (Rp)`). */
  readonly year?: number;
  /** U1…U9 → 1…9; Jan…Des → 1…12. */
  readonly index?: number;
}

const MONTHS: readonly [RegExp, number][] = [
  [/^jan(uari)?$/, 1],
  [/^feb(ruari)?$/, 2],
  [/^mar(et)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^mei$/, 5],
  [/^jun(i)?$/, 6],
  [/^jul(i)?$/, 7],
  [/^ag(u|s)(s|t|st|stus)?$/, 8],
  [/^sep(t|tember)?$/, 9],
  [/^okt(o|ober)?$/, 10],
  [/^nov(ember)?$/, 11],
  [/^des(ember)?$/, 12],
];

/** Patterns on the squeezed header (lower case, no spaces or punctuation), first match wins. */
const SQUEEZED: readonly [RegExp, Role][] = [
  [/^(no|nomor|nourut)$/, "no"],
  [/^(targetakhir|targetrenstra|targetakhirrenstra)/, "targetRenstra"],
  [/^dataawal/, "dataAwal"],
  [
    /^(realisasi|capaian)?(anggaran)?(serapan|p[re]o?[rs]?sentaserealisasi|persenrealisasi|capaianrealisasi|capaiananggaran)/,
    "persen",
  ],
  [/^(realisasi)?(anggaran|keuangan|belanja|dana|pagu)%/, "persen"],
  [/^kinerja%/, "capaian"],
  [/^(p[er]r?o?sentase|persen|tingkat|nilai)capaian/, "capaian"],
  [/^kinerja$/, "kinerja"],
  [/^realisasi(anggaran|keuangan|belanja|dana)/, "realisasiAnggaran"],
  [/^bobot/, "bobot"],
  [/^target/, "target"],
  [/^realisasi/, "realisasi"],
  [/^capaian/, "capaian"],
  [/^kriteria/, "kriteria"],
  [/^(formulasi|rumus|caraperhitungan)/, "formulasi"],
  [/^penjelasan/, "penjelasan"],
  [/^faktorpendukung/, "pendukung"],
  [/^faktorpenghambat/, "penghambat"],
  [/^tahun$/, "tahun"],
  [/^(ket|keterangan)$/, "ket"],
  [/^(polaritas|arah(indikator|kinerja)?|sifat)$/, "polaritas"],
  [/^(jenis|jenisindikator|tingkat)$/, "jenis"],
  [
    /^(kegiatandansubkegiatan|programkegiatan|programdankegiatan|programkegiatansubkegiatan)/,
    "uraian",
  ],
  [/^(uraiansubkegiatan|subkegiatan)/, "subkegiatan"],
  [/^(uraiankegiatan|kegiatan)/, "kegiatan"],
  [/^(uraianprogram|program)/, "program"],
  [/^uraian/, "uraian"],
  [/^(jenispelayanan|jenislayanan|layanan)/, "uraian"],
  [/^kode/, "kode"],
  [/^(pagu|anggaran|alokasi)/, "pagu"],
  [/^(jumlah|total)(pagu|anggaran|alokasi)/, "pagu"],
  [/^sebelumperubahan/, "sebelum"],
  [/^(sesudah|setelah)perubahan/, "sesudah"],
  [/^(bertambah|berkurang|selisih)/, "selisih"],
  [/^sisa/, "sisa"],
  [/^(indeksefisiensi|ie)$/, "indeksEfisiensi"],
  [/^(desa|desakelurahan|namadesa|kelurahan)$/, "desa"],
  [/^predikat$/, "predikat"],
  [/^(nilai|nilairatarata|rataratanilai)$/, "nilai"],
  [/^(jumlah|total)$/, "jumlah"],
  [/^(nama|namaasn|namapegawai|namapejabat)$/, "nama"],
  [/^nip$/, "nip"],
  [/^(sudahlapor|lapor|statuslapor|tanggallapor|sudahmelapor)/, "lapor"],
  [/^sasaran/, "sasaran"],
  [/^tujuan/, "tujuan"],
  [/^satuan$/, "satuan"],
];

/** Lower case, look-alikes folded, no spaces or punctuation: `TARGE T` → `target`. */
export function squeeze(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[^a-z0-9%]/g, "");
}

/** The year (2000–2099) a header names, if any. */
export function yearIn(text: string): number | undefined {
  const m = /\b(20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const readings = new Map<string, HeaderReading | undefined>();

/** Reads one header cell, or undefined when it names no known column. */
export function readHeader(raw: string): HeaderReading | undefined {
  if (raw.length > 120) return undefined;
  if (readings.has(raw)) return readings.get(raw);
  const reading = readHeaderUncached(raw);
  if (readings.size > 10000) readings.clear();
  readings.set(raw, reading);
  return reading;
}

function readHeaderUncached(raw: string): HeaderReading | undefined {
  const text = cleanText(raw);
  if (text === "" || text.length > 80) return undefined;
  const year = yearIn(text);
  const withoutYear = text.replace(/\(?\b20\d\d\b\)?/g, " ").replace(/\(\s*rp\.?\s*\)/i, " ");
  const squeezed = squeeze(withoutYear);
  const unsur = /^u([1-9]\d?)$/.exec(squeezed);
  if (unsur) return { role: "unsur", index: Number(unsur[1]) };
  if (squeezed.startsWith("%"))
    return { role: squeezed.includes("capaian") ? "capaian" : "persen", year };
  for (const [pattern, month] of MONTHS)
    if (pattern.test(squeezed)) return { role: "bulan", index: month };
  if (/indikator/.test(squeezed)) return { role: "indikator", year };
  if (/^tahun$/.test(squeezed) && year !== undefined) return { role: "nilai", year };
  for (const [pattern, role] of SQUEEZED) if (pattern.test(squeezed)) return { role, year };
  return undefined;
}
