/**
 * Hostile files: each gets its own Indonesian message naming the file and the
 * reason, `lkjip periksa` exits 2 and still checks the other files, within
 * bounded time and memory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createDeflateRaw, crc32 } from "zlib";
import { main } from "../../src/cli/main";
import { capture } from "../support/capture";
import { xlsxParts, zip } from "../support/zip-writer";

const dir = mkdtempSync(join(tmpdir(), "lkjip-hostile-"));
const good = join(dir, "baik.xlsx");

/** 300 MiB of zeros, deflated in a stream so the test itself stays small. */
function zeroBomb(): Promise<{ deflated: Buffer; size: number; crc: number }> {
  return new Promise((resolve) => {
    const size = 300 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024);
    const out: Buffer[] = [];
    let crc = 0;
    const deflate = createDeflateRaw({ level: 9 });
    deflate.on("data", (d: Buffer) => out.push(d));
    deflate.on("end", () => resolve({ deflated: Buffer.concat(out), size, crc }));
    for (let i = 0; i < size / chunk.length; i++) {
      crc = crc32(chunk, crc);
      deflate.write(chunk);
    }
    deflate.end();
  });
}

function oleFile(withEncryption: boolean): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  if (withEncryption) Buffer.from("EncryptedPackage", "utf16le").copy(body, 1024);
  else Buffer.from("Workbook", "utf16le").copy(body, 1024);
  return Buffer.concat([head, body]);
}

const cases: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
  ["bukan-xlsx.xlsx", () => Buffer.from("Laporan ini bukan workbook"), /bukan berkas \.xlsx/],
  ["kosong.xlsx", () => Buffer.alloc(0), /berkas kosong/],
  ["terpotong.xlsx", () => readFileSync(good).subarray(0, 3000), /terpotong atau rusak/],
  [
    "bom.xlsx",
    async () =>
      zip([
        ...xlsxParts("<worksheet/>").slice(0, 4),
        { name: "xl/worksheets/sheet1.xml", ...(await zeroBomb()) },
      ]),
    /bom ZIP|terlalu besar/,
  ],
  [
    "bom-berbohong.xlsx",
    async () =>
      zip([
        ...xlsxParts("<worksheet/>").slice(0, 4),
        { name: "xl/worksheets/sheet1.xml", ...(await zeroBomb()), size: 1000 },
      ]),
    /bom ZIP/,
  ],
  ["berpassword.xlsx", () => oleFile(true), /password/],
  ["lama.xls", () => oleFile(false), /\.xls lama/],
  [
    "sejuta-baris.xlsx",
    () => {
      const rows = Array.from({ length: 1_000_001 }, (_, i) => `<row r="${i + 1}"/>`).join("");
      return zip(
        xlsxParts(
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`
        )
      );
    },
    /lebih dari 300\.000 baris/,
  ],
];

beforeAll(async () => {
  expect(await main(["contoh", "-o", good], capture())).toBe(0);
  for (const [name, make] of cases) writeFileSync(join(dir, name), await make());
}, 120000);

describe("lkjip periksa on hostile files", () => {
  it.each(cases.map(([name, , reason]) => [name, reason] as const))(
    "%s: exits 2 with its own reason, and the good file is still checked",
    async (name, reason) => {
      const io = capture();
      const code = await main(["periksa", join(dir, name), good, "--format", "json"], io);
      expect(code).toBe(2);
      expect(io.stderr).toContain(`Berkas ${join(dir, name)} tidak dapat dibaca:`);
      expect(io.stderr).toMatch(reason);
      const doc = JSON.parse(io.stdout);
      expect(doc.files[1].summary.error).toBeGreaterThan(0);
    },
    60000
  );

  it("refuses a bomb whose header lies about its size before it fills memory with 300 MiB of zeros", async () => {
    const before = process.memoryUsage().rss;
    await main(["periksa", join(dir, "bom-berbohong.xlsx")], capture());
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 60000);
});
