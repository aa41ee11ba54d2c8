/**
 * What `lkjip --help` and `lkjip PERINTAH --help` print: a sentence per command,
 * then each command's options and exit status. Plain text, loaded without the
 * engine so that asking for help is instant.
 */

/** The commands `lkjip` knows, in the order the help lists them. */
export const COMMANDS = ["periksa", "isi", "contoh", "aturan"] as const;

/** One of the commands. */
export type Command = (typeof COMMANDS)[number];

const SUMMARY: Record<Command, string> = {
  periksa:
    "Memeriksa workbook .xlsx dan menyebut setiap angka yang tidak cocok, dengan alamat selnya.",
  isi: "Mengisi Tabel 3.2–3.16 dari lembar sumber templat ke berkas baru; berkas masukan tidak diubah.",
  contoh: "Menulis workbook contoh dari LKjIP 2023 Kecamatan Kota Bangun untuk dicoba.",
  aturan: "Mendaftar setiap aturan pemeriksaan dengan tingkat dan artinya.",
};

const USAGE: Record<Command, string> = {
  periksa: "lkjip periksa BERKAS.xlsx... [--format teks|json] [--aturan ATURAN,...] [--jelaskan]",
  isi: "lkjip isi BERKAS.xlsx -o KELUARAN.xlsx [--timpa]",
  contoh: "lkjip contoh -o BERKAS.xlsx",
  aturan: "lkjip aturan",
};

const PROGRESS =
  "Bila stderr adalah terminal, kemajuannya (berkas, tahap, langkah ke berapa dari berapa)\ntampil di sana; keluaran di stdout dan status keluar tidak berubah.";

const PERIKSA_PROGRESS =
  "Bila stderr adalah terminal, kemajuannya tampil di sana (satu berkas: tahap dan langkah ke\nberapa dari berapa; beberapa berkas: berapa yang sudah selesai); keluaran di stdout dan status\nkeluar tidak berubah.";

const DETAIL: Record<Command, string> = {
  periksa: `Setiap berkas diperiksa dengan semua aturan (lihat lkjip aturan). Temuan dicetak per tabel,
dengan alamat sel, nilai seharusnya, dan nilai tertulis. Berkas yang diperiksa tidak pernah diubah.
Pada keluaran lkjip isi, lembar tabel buatan isi yang ikut diperiksa disebutkan.
Beberapa berkas diperiksa bersamaan, satu per inti prosesor; teks tiap berkas dicetak utuh
begitu berkas itu selesai, JSON tetap satu dokumen menurut urutan berkas.

Opsi:
  --format teks|json    teks untuk dibaca (bawaan), atau satu dokumen JSON di stdout
  --aturan ATURAN,...   hanya aturan ini; awalan seperti PK_ memilih semua aturan PK
  --jelaskan            per tabel: peran tiap kolom dan hubungan antarkolom yang
                        disimpulkan dari angkanya
  -h, --help            bantuan ini

${PERIKSA_PROGRESS}

Status keluar: 0 tanpa galat, 1 ada temuan galat, 2 ada berkas yang tidak dapat dibaca
(berkas lain tetap diperiksa).`,
  isi: `Tabel 3.2–3.16 dibuat dari lembar sumber templat (PK, Realisasi, Renstra, Program,
Anggaran, IKM, PADes, APBDes, PATEN, LHKASN) sebagai rumus Excel biasa, lalu ditulis ke
berkas baru secara atomik. Lembar buatan isi yang sudah diubah orang tidak ditimpa.

Opsi:
  -o, --output, --keluaran KELUARAN.xlsx   berkas hasil (bukan berkas masukan)
  --timpa      menimpa juga lembar buatan isi yang sudah diubah orang
  -h, --help   bantuan ini

${PROGRESS}

Status keluar: 0 semua tabel diisi, 1 ada tabel yang tidak diisi, 2 berkas tidak dapat
dibaca atau ditulis.`,
  contoh: `Lembar sumber templat (Pengaturan, PK dengan polaritas, Realisasi, Renstra, Program,
Anggaran, IKM, PADes, APBDes, PATEN) dan tabel laporan seperti dicetak Kota Bangun,
kesalahannya ikut, supaya lkjip periksa dan lkjip isi dapat langsung dicoba.

Opsi:
  -o, --output, --keluaran BERKAS.xlsx   berkas yang ditulis
  -h, --help   bantuan ini

Status keluar: 0 ditulis, 2 tidak dapat ditulis.`,
  aturan: `Nama aturan dipakai di --aturan lkjip periksa dan di lembar Pengaturan (baris Nonaktif
dan Abaikan).

Opsi:
  -h, --help   bantuan ini`,
};

/** True for a known command name. */
export function isCommand(name: string | undefined): name is Command {
  return (COMMANDS as readonly string[]).includes(name ?? "");
}

/** `lkjip --help`: every command in a sentence, then the general options. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.length)) + 2;
  return [
    "Asisten LKjIP — pemeriksa dan pengisi tabel Laporan Kinerja Instansi Pemerintah (LKjIP)",
    "",
    "Perintah:",
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}${SUMMARY[c]}`),
    "",
    "Pemakaian:",
    ...COMMANDS.map((c) => `  ${USAGE[c]}`),
    "",
    "Opsi umum:",
    "  -h, --help      bantuan; setelah nama perintah (lkjip periksa --help): opsi perintah itu",
    "  -v, --version   versi lkjip",
    "",
    "Mulai dengan: lkjip contoh -o contoh.xlsx, lalu lkjip periksa contoh.xlsx.",
  ].join("\n");
}

/** `lkjip PERINTAH --help`: what the command does, its options, and its exit status. */
export function commandHelp(command: Command): string {
  return [
    `lkjip ${command} — ${SUMMARY[command][0].toLowerCase()}${SUMMARY[command].slice(1)}`,
    "",
    `Pemakaian: ${USAGE[command]}`,
    "",
    DETAIL[command],
  ].join("\n");
}
