/**
 * Everything the pane says, in Indonesian first and in English when Office's
 * display language is English.
 */

const ID = {
  title: "Asisten LKjIP",
  periksaPk: "Periksa PK",
  periksaSemua: "Periksa Semua",
  isiTabel: "Isi Tabel 3.2–3.16",
  ekspor: "Ekspor ke lembar Hasil Pemeriksaan",
  bantuan: "Bantuan",
  tahap: {
    membaca: "Membaca workbook…",
    menulis: "Menulis tabel ke workbook…",
    grafik: "Menggambar grafik…",
  },
  lembarKe: (done: number, total: number) =>
    `Menyusun model laporan: lembar ${done} dari ${total}…`,
  aturanKe: (done: number, total: number) => `Memeriksa aturan ${done} dari ${total}…`,
  tabelKe: (done: number, total: number) => `Menyusun tabel ${done} dari ${total}…`,
  hentikan: "Hentikan",
  dihentikan: "Dihentikan. Tidak ada yang ditulis; hasil sebelumnya tetap ditampilkan.",
  sorot: "Tandai sel bermasalah di workbook",
  sorotKeterangan:
    "Tanda berupa format bersyarat milik Asisten; format sel Anda tidak diubah dan kembali terlihat saat tanda dimatikan.",
  usang: "Workbook berubah sejak pemeriksaan terakhir: hasil di bawah mungkin sudah usang.",
  tanpaTemuan: "Tidak ada temuan.",
  ringkasan: (e: number, w: number, i: number) => `${e} galat, ${w} peringatan, ${i} info`,
  seharusnya: "Seharusnya",
  tertulis: "Tertulis",
  terkait: "Sel terkait",
  galat: "Galat",
  peringatan: "Peringatan",
  info: "Info",
  diisi: (n: number) => `${n} tabel diisi.`,
  sebagianDiisi: (filled: number, of: number, missing: readonly string[]) =>
    `${filled} dari ${of} tabel diisi; tidak diisi: ${missing.map((id) => `Tabel ${id}`).join(", ")}.`,
  tidakDiisi: (id: string, reason: string) => `Tabel ${id} tidak diisi: ${reason}`,
  ditahan: (id: string, cells: string) =>
    `Tabel ${id} tidak ditimpa karena sudah diubah di sel ${cells}.`,
  timpa: "Timpa lembar yang sudah diubah",
  batal: "Batal",
  konfirmasiTimpa: "Beberapa tabel buatan Asisten sudah diubah orang. Timpa perubahan itu?",
  gagal: (m: string) => `Tidak berhasil: ${m}`,
  tidakDitandai: (sheets: readonly string[]) =>
    `Sel temuan di sheet ${sheets.join(", ")} tidak ditandai: Excel tidak dapat membaca format bersyarat sheet itu. Temuannya tetap ada di daftar.`,
  fungsi: "Fungsi LKJIP",
  abaikan: "Abaikan",
  abaikanJudul: "Abaikan temuan ini",
  alasan: "Alasan (disimpan di lembar Pengaturan)",
  simpan: "Simpan",
  aturan: "Aturan pemeriksaan",
};

/** The pane's texts. */
export type Strings = typeof ID;

const EN: Strings = {
  title: "LKjIP Assistant",
  periksaPk: "Check PK",
  periksaSemua: "Check all",
  isiTabel: "Fill Tables 3.2–3.16",
  ekspor: "Export to the Hasil Pemeriksaan sheet",
  bantuan: "Help",
  tahap: {
    membaca: "Reading the workbook…",
    menulis: "Writing the tables to the workbook…",
    grafik: "Drawing the charts…",
  },
  lembarKe: (done, total) => `Building the report model: sheet ${done} of ${total}…`,
  aturanKe: (done, total) => `Checking rule ${done} of ${total}…`,
  tabelKe: (done, total) => `Building table ${done} of ${total}…`,
  hentikan: "Stop",
  dihentikan: "Stopped. Nothing was written; the earlier results are still shown.",
  sorot: "Mark cells with findings in the workbook",
  sorotKeterangan:
    "Marks are conditional formats owned by the assistant; your cell formatting is not changed and shows again when marks are off.",
  usang: "The workbook changed since the last check: the results below may be out of date.",
  tanpaTemuan: "No findings.",
  ringkasan: (e, w, i) => `${e} errors, ${w} warnings, ${i} info`,
  seharusnya: "Expected",
  tertulis: "Written",
  terkait: "Related cells",
  galat: "Error",
  peringatan: "Warning",
  info: "Info",
  diisi: (n) => `${n} tables filled.`,
  sebagianDiisi: (filled, of, missing) =>
    `${filled} of ${of} tables filled; not filled: ${missing.map((id) => `Table ${id}`).join(", ")}.`,
  tidakDiisi: (id, reason) => `Table ${id} not filled: ${reason}`,
  ditahan: (id, cells) => `Table ${id} not replaced: edited in ${cells}.`,
  timpa: "Replace edited sheets",
  batal: "Cancel",
  konfirmasiTimpa: "Some generated tables were edited by hand. Replace those edits?",
  gagal: (m) => `Failed: ${m}`,
  tidakDitandai: (sheets) =>
    `The findings' cells on ${sheets.join(", ")} are not marked: Excel could not read that sheet's conditional formats. The findings are still in the list.`,
  fungsi: "LKJIP functions",
  abaikan: "Ignore",
  abaikanJudul: "Ignore this finding",
  alasan: "Reason (kept in the Pengaturan sheet)",
  simpan: "Save",
  aturan: "Checking rules",
};

/** The texts for an Office display language such as `id-ID` or `en-US`. */
export function stringsFor(language: string | undefined): Strings {
  return language?.toLowerCase().startsWith("en") ? EN : ID;
}
