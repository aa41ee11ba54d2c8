/**
 * bantuan.html, the add-in's help page (the manifest's SupportUrl and LearnMoreUrl).
 * html-webpack-plugin runs this module at build time and writes what it returns, so
 * the lists of functions and rules come from the code itself and cannot drift: the
 * functions from the pane's reference, the rules (id, severity, title, description)
 * from the engine's registry. A static page: no script, no outside resource.
 */
import { Severity } from "../engine/finding";
import { RULES } from "../engine/rules";
import { FUNCTION_REFERENCE } from "../taskpane/function-reference";

const SEVERITY: Readonly<Record<Severity, string>> = {
  error: "Galat",
  warning: "Peringatan",
  info: "Info",
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A rule id that may break after its underscores in a narrow window. */
function breakable(id: string): string {
  return escape(id).replace(/_/g, "_<wbr />");
}

function rulesTable(): string {
  const blank = RULES.filter((r) => !r.description.trim()).map((r) => r.id);
  if (blank.length > 0)
    throw new Error(`bantuan.html: rules without a description (${blank.join(", ")})`);
  const rows = RULES.map(
    (r) => `<tr id="${escape(r.id)}">
            <th scope="row"><code>${breakable(r.id)}</code><br /><span class="tingkat ${r.severity}">${SEVERITY[r.severity]}</span></th>
            <td><strong>${escape(r.title)}</strong><br />${escape(r.description)}</td>
          </tr>`
  );
  return `<table class="aturan">
        <caption>${RULES.length} aturan, dalam urutan temuan dilaporkan</caption>
        <thead>
          <tr><th scope="col">Aturan dan tingkat</th><th scope="col">Yang diperiksa</th></tr>
        </thead>
        <tbody>
          ${rows.join("\n          ")}
        </tbody>
      </table>`;
}

function functionsTable(): string {
  const rows = FUNCTION_REFERENCE.map(
    (f) => `<tr id="${escape(f.name)}">
            <th scope="row"><code>${escape(f.name)}</code></th>
            <td>
              <code>${escape(f.syntax)}</code><br />
              ${escape(f.purpose)}<br />
              <span class="contoh">Contoh: <code>${escape(f.example)}</code> menghasilkan <strong>${escape(f.result)}</strong></span>
            </td>
          </tr>`
  );
  return `<table>
        <caption>Fungsi dalam namespace LKJIP, dengan contoh dari LKjIP Kota Bangun 2023</caption>
        <thead>
          <tr><th scope="col">Fungsi</th><th scope="col">Sintaks, kegunaan, dan contoh</th></tr>
        </thead>
        <tbody>
          ${rows.join("\n          ")}
        </tbody>
      </table>`;
}

const STYLE = `
      :root { color-scheme: light; }
      body {
        margin: 0 auto;
        max-width: 60rem;
        padding: 1.5rem 1rem 3rem;
        font: 16px/1.55 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif;
        color: #242424;
        background: #fff;
      }
      h1 { font-size: 1.75rem; margin: 0 0 0.25rem; }
      h2 { font-size: 1.3rem; margin: 2.25rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid #d1d1d1; }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
      p, ul { margin: 0.5rem 0; }
      li { margin: 0.2rem 0; }
      .ringkas { color: #424242; font-size: 1.05rem; }
      nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; }
      a { color: #0f6cbd; }
      code { font-family: Consolas, "Cascadia Mono", "Courier New", monospace; font-size: 0.92em; overflow-wrap: anywhere; }
      table { width: 100%; border-collapse: collapse; margin: 0.75rem 0; font-size: 0.95rem; }
      caption { text-align: left; color: #616161; padding-bottom: 0.25rem; }
      th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid #e0e0e0; }
      thead th { background: #f5f5f5; border-bottom: 2px solid #d1d1d1; }
      table.aturan tbody th { width: 34%; }
      .contoh { color: #424242; }
      .tingkat { display: inline-block; margin-top: 0.2rem; font-weight: normal; padding: 0 0.45rem; border-radius: 0.25rem; font-size: 0.85rem; white-space: nowrap; }
      .tingkat.error { background: #fde7e9; color: #a4262c; }
      .tingkat.warning { background: #fff4ce; color: #7a5a00; }
      .tingkat.info { background: #e8f1fb; color: #0f548c; }
      .tanda { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 0.15em; vertical-align: -0.1em; }
      .tanda.error { background: #f4b4b8; }
      .tanda.warning { background: #fde68a; }
      .tanda.info { background: #b9d6f2; }
      .tanda.terkait { background: #d9c5ef; }
      footer { margin-top: 2.5rem; color: #616161; font-size: 0.9rem; }
`;

/** The page, given html-webpack-plugin's template parameters (only the CSP is used). */
export default function bantuan(parameters: {
  htmlWebpackPlugin: { options: { csp: string } };
}): string {
  const csp = parameters.htmlWebpackPlugin.options.csp;
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${escape(csp)}" />
    <title>Bantuan — Asisten LKjIP</title>
    <style>${STYLE}    </style>
  </head>
  <body>
    <header>
      <h1>Bantuan Asisten LKjIP</h1>
      <p class="ringkas">
        Asisten LKjIP membantu penyusun Laporan Kinerja Instansi Pemerintah di Excel: menghitung
        capaian dengan fungsi <code>LKJIP.*</code>, memeriksa apakah angka-angka laporan saling
        cocok, dan mengisi Tabel 3.2–3.16 dari lembar sumber.
      </p>
      <nav aria-label="Isi halaman">
        <ul>
          <li><a href="#panel">Panel Asisten</a></li>
          <li><a href="#fungsi">Fungsi LKJIP</a></li>
          <li><a href="#aturan">Aturan pemeriksaan</a></li>
          <li><a href="#pengaturan">Lembar Pengaturan</a></li>
          <li><a href="#privasi">Privasi dan data</a></li>
        </ul>
      </nav>
    </header>
    <main>
      <section id="panel" aria-labelledby="judul-panel">
        <h2 id="judul-panel">Panel Asisten</h2>
        <p>
          Buka panel dengan tombol <strong>Asisten LKjIP</strong> di tab <strong>Beranda</strong>
          (grup LKjIP).
        </p>
        <h3>Periksa Semua</h3>
        <p>
          Membaca seluruh workbook yang terbuka, mengenali tabel-tabelnya (PK, tabel Bab III,
          anggaran, IKM) dari judul kolomnya, lalu menjalankan semua aturan pemeriksaan. Temuan
          dikelompokkan per tabel, galat lebih dulu, dengan nilai yang tertulis dan nilai
          seharusnya. Klik alamat sel pada temuan untuk memilih sel itu di Excel; sel-sel terkait
          ikut ditandai. <strong>Periksa PK</strong> hanya memeriksa lembar PK. Pemeriksaan yang
          panjang menampilkan tahapnya dan bisa dihentikan dengan <strong>Hentikan</strong>.
        </p>
        <h3>Tanda di sel</h3>
        <p>
          Sakelar <strong>Tandai sel bermasalah di workbook</strong> mewarnai sel temuan:
          <span class="tanda error"></span> merah untuk galat,
          <span class="tanda warning"></span> kuning untuk peringatan,
          <span class="tanda info"></span> biru untuk info, dan
          <span class="tanda terkait"></span> ungu untuk sel terkait temuan yang dipilih. Tanda ini
          format bersyarat milik Asisten: isi, warna, huruf, dan garis sel Anda tidak diubah, dan
          tanda hilang saat sakelar dimatikan.
        </p>
        <h3>Isi Tabel 3.2–3.16</h3>
        <p>
          Menyusun tabel laporan Bab III dari lembar sumber (PK, Realisasi, Renstra, Program,
          Anggaran, IKM, dan lainnya) ke lembar buatan Asisten. Setiap sel hitungan adalah rumus
          Excel biasa yang merujuk lembar sumber, jadi perubahan sumber langsung terbawa. Grafik
          laporan digambar di samping tabelnya. Bila lembar buatan Asisten sudah diubah orang,
          Asisten bertanya dulu sebelum menimpanya; lembar tabel yang bukan buatan Asisten tidak
          disentuh. Bila ada tabel yang tidak dapat diisi (misalnya lembar sumbernya, seperti
          <code>LHKASN</code>, tidak ada), panel menampilkan peringatan kuning yang menyebut tabel
          itu dan alasannya, bukan tanda berhasil.
        </p>
        <h3>Ekspor</h3>
        <p>
          <strong>Ekspor ke lembar Hasil Pemeriksaan</strong> menulis semua temuan ke lembar
          “Hasil Pemeriksaan”, untuk arsip atau untuk dikirim ke penelaah.
        </p>
      </section>

      <section id="fungsi" aria-labelledby="judul-fungsi">
        <h2 id="judul-fungsi">Fungsi LKJIP</h2>
        <p>
          Ketik fungsi di sel seperti fungsi Excel lainnya, misalnya
          <code>=LKJIP.CAPAIAN(B4; C4)</code>. Pemisah argumen mengikuti pengaturan Excel Anda
          (titik koma pada pengaturan Indonesia). Angka boleh berupa teks angka Indonesia
          (<code>83,514</code>, <code>1.540,00</code>). Masukan yang tidak dapat dihitung
          menghasilkan <code>#VALUE!</code> atau <code>#N/A</code> dengan pesan yang menyebut
          sebabnya, misalnya target 0.
        </p>
        ${functionsTable()}
      </section>

      <section id="aturan" aria-labelledby="judul-aturan">
        <h2 id="judul-aturan">Aturan pemeriksaan</h2>
        <p>
          Angka dinilai pada presisi yang tertulis (paling banyak 2 desimal): 99,985 cocok dengan
          100 yang tertulis. <strong>Galat</strong> adalah angka yang salah;
          <strong>peringatan</strong> adalah hal yang perlu dilihat lagi tetapi bisa saja
          disengaja.
        </p>
        ${rulesTable()}
      </section>

      <section id="pengaturan" aria-labelledby="judul-pengaturan">
        <h2 id="judul-pengaturan">Lembar Pengaturan</h2>
        <p>
          Pilihan pemeriksaan disimpan di dalam workbook, di lembar <strong>Pengaturan</strong>,
          sehingga ikut tersimpan bersama laporan:
        </p>
        <ul>
          <li>
            Tombol <strong>Abaikan</strong> pada temuan meminta alasan dan menyimpannya sebagai
            baris <code>Abaikan</code> (aturan, lembar, sel, alasan). Temuan itu tidak dihitung
            lagi, tetapi tetap tercantum beserta alasannya.
          </li>
          <li>
            Sakelar per aturan di bawah hasil pemeriksaan menyimpan baris <code>Nonaktif</code>
            untuk aturan yang dimatikan.
          </li>
          <li>
            Baris <code>Tahun laporan</code>, <code>Metode efisiensi</code> (<code>lkjip</code>,
            <code>indeks</code>, <code>selisih</code>), dan <code>Batas capaian</code> dapat
            diisi sendiri.
          </li>
        </ul>
      </section>

      <section id="privasi" aria-labelledby="judul-privasi">
        <h2 id="judul-privasi">Privasi dan data</h2>
        <ul>
          <li>
            Semua pemeriksaan, perhitungan, dan pengisian berjalan di komputer Anda, di dalam
            Excel. Isi workbook tidak dikirim ke mana pun.
          </li>
          <li>
            Kode Asisten sendiri tidak membuat satu pun permintaan jaringan. Halaman panel
            membatasinya dengan Content-Security-Policy: selain berkas add-in itu sendiri, yang
            diizinkan hanyalah Office.js, pustaka Microsoft yang wajib dipakai setiap add-in Office,
            yang dimuat dari server Microsoft dan dapat mengirim telemetri Office miliknya sendiri
            ke Microsoft.
          </li>
          <li>
            Add-in ini meminta izin membaca dan menulis dokumen yang terbuka. Yang ditulisnya hanya
            lembar tabel buatannya sendiri (dengan lembar tersembunyi <code>LKJIP_Isi</code> yang
            mencatat isinya), lembar Hasil Pemeriksaan, baris di lembar Pengaturan, dan tanda
            format bersyarat miliknya.
          </li>
          <li>Teks dari sel selalu ditampilkan sebagai teks, tidak pernah dijalankan.</li>
        </ul>
      </section>
    </main>
    <footer>
      <p>
        Asisten LKjIP juga tersedia di baris perintah (<code>lkjip periksa</code>,
        <code>lkjip isi</code>) untuk memeriksa banyak berkas sekaligus tanpa Excel.
      </p>
    </footer>
  </body>
</html>
`;
}
