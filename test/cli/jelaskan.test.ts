/**
 * `lkjip periksa --jelaskan`: per table, the columns' roles and each inferred
 * relationship with its support, in text and in JSON, so that a reviewer sees
 * why a finding was made.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture";
import { readCorpusText } from "../support/corpus";

const file = join(mkdtempSync(join(tmpdir(), "lkjip-jelaskan-")), "penduduk.xlsx");

beforeAll(async () => {
  const { workbook } = readCorpusText(
    `=== Penduduk
Tabel 2.1 Jumlah Penduduk per Desa
No | Desa | Laki-laki | Perempuan | Jumlah Penduduk
1 | Sumber Agung | 1.204 | 1.187 | 2.391
2 | Karang Rejo | 986 | 1.002 | 1.988
3 | Tanjung Sari | 1.530 | 1.498 | 3.082
4 | Purwodadi | 874 | 911 | 1.785
Jumlah | < | 4.594 | 4.598 | 9.192
`,
    "penduduk"
  );
  writeFileSync(file, await writeWorkbook(workbook));
});

describe("lkjip periksa --jelaskan", () => {
  it("prints each table's columns, its inferred relationship with its support, and its totals", async () => {
    const io = capture();
    expect(await main(["periksa", file, "--jelaskan"], io)).toBe(1);
    expect(io.stdout).not.toMatch(/GALAT\s+E7/);
    expect(io.stdout).toMatch(/GALAT\s+E5\s+JUMLAH_SALAH: Kolom E = C \+ D pada 4 dari 5 baris/);
    expect(io.stdout).toMatch(/Tabel 2\.1 — lembar "Penduduk", jenis lain, judul A2:E2, isi A3:E7/);
    expect(io.stdout).toMatch(/kolom: .*C angka \("Laki-laki"\); D angka \("Perempuan"\)/);
    expect(io.stdout).toMatch(
      /hubungan: E = C \+ D pada 4 dari 5 baris, menurut judul kolom "Jumlah Penduduk"; tidak cocok di baris 5/
    );
    expect(io.stdout).toMatch(
      /baris 7 \("Jumlah"\) = jumlah blok di atasnya: cocok di kolom C, D dari C, D, E/
    );
  });

  it("gives the same explanation in JSON, and none without the option", async () => {
    const io = capture();
    await main(["periksa", file, "--jelaskan", "--format", "json"], io);
    const [doc] = JSON.parse(io.stdout).files;
    expect(doc.penjelasan[0]).toMatchObject({
      table: "Tabel 2.1",
      relations: [{ relation: "E = C + D", support: 4, rows: 5, fails: [5] }],
    });
    const plain = capture();
    await main(["periksa", file, "--format", "json"], plain);
    expect(JSON.parse(plain.stdout).files[0].penjelasan).toBeUndefined();
  });
});
