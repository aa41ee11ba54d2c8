/**
 * Looking inside an .xlsx before any library inflates it: the ZIP central
 * directory is read by hand, and every entry is inflated once with a hard cap on
 * its output, so a zip bomb, a truncated file or an oversized sheet is refused
 * with a reason instead of exhausting memory.
 */
import { inflateRawSync } from "zlib";

/** One entry of the ZIP central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** Limits on what the checker agrees to unpack. */
export interface ZipLimits {
  /** Total bytes once inflated. */
  readonly totalBytes: number;
  /** Bytes of one inflated entry. */
  readonly entryBytes: number;
  /** Rows of one worksheet. */
  readonly sheetRows: number;
}

/**
 * 256 MiB in all, 128 MiB per entry, 300,000 rows per sheet: far above a real
 * report (and the 200,000-row workbooks the checker is measured on), far below a bomb.
 */
export const DEFAULT_LIMITS: ZipLimits = {
  totalBytes: 256 * 1024 * 1024,
  entryBytes: 128 * 1024 * 1024,
  sheetRows: 300_000,
};

const ROW_TAG = Buffer.from("<row");

function countRows(xml: Buffer, limit: number): number {
  let rows = 0;
  for (let i = xml.indexOf(ROW_TAG); i >= 0 && rows <= limit; i = xml.indexOf(ROW_TAG, i + 4))
    rows++;
  return rows;
}

/** Why a file is refused, in Indonesian. */
export class ZipRefused extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) if (data.readUInt32LE(i) === EOCD) return i;
  throw new ZipRefused("isi .xlsx terpotong atau rusak (direktori ZIP tidak ditemukan)");
}

/** Reads the central directory; throws ZipRefused when it is damaged. */
export function zipEntries(data: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(data);
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipRefused("berkas ZIP64 terlalu besar untuk diperiksa");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL) {
      throw new ZipRefused("isi .xlsx terpotong atau rusak (direktori ZIP tidak utuh)");
    }
    const nameLength = data.readUInt16LE(offset + 28);
    const extra = data.readUInt16LE(offset + 30);
    const comment = data.readUInt16LE(offset + 32);
    entries.push({
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      uncompressedSize: data.readUInt32LE(offset + 24),
      name: data.toString("utf8", offset + 46, offset + 46 + nameLength),
      localOffset: data.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

function entryData(data: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) {
    throw new ZipRefused(`isi .xlsx terpotong atau rusak (bagian ${entry.name})`);
  }
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  if (start + entry.compressedSize > data.length)
    throw new ZipRefused(`isi .xlsx terpotong (bagian ${entry.name})`);
  return data.subarray(start, start + entry.compressedSize);
}

/** Inflates every entry once under the limits; throws ZipRefused with the reason. */
export function guardZip(data: Buffer, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  const entries = zipEntries(data);
  if (!entries.some((e) => e.name === "[Content_Types].xml"))
    throw new ZipRefused("bukan berkas .xlsx (ZIP tanpa [Content_Types].xml)");
  let total = 0;
  for (const entry of entries) {
    const declared = Math.max(entry.uncompressedSize, 0);
    if (declared > limits.entryBytes)
      throw new ZipRefused(
        `bagian ${entry.name} terlalu besar (${Math.round(declared / 1048576)} MB setelah dibuka)`
      );
    let inflated: Buffer;
    if (entry.method === 8) {
      try {
        inflated = inflateRawSync(entryData(data, entry), { maxOutputLength: limits.entryBytes });
      } catch (error) {
        if (error instanceof ZipRefused) throw error;
        const bomb =
          (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ||
          error instanceof RangeError;
        throw new ZipRefused(
          bomb
            ? `bagian ${entry.name} mengembang melebihi ${limits.entryBytes / 1048576} MB (bom ZIP)`
            : `isi .xlsx rusak (bagian ${entry.name})`
        );
      }
    } else if (entry.method === 0) inflated = entryData(data, entry);
    else throw new ZipRefused(`metode kompresi ${entry.method} tidak didukung`);
    if (
      /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) &&
      countRows(inflated, limits.sheetRows) > limits.sheetRows
    ) {
      throw new ZipRefused(
        `lembar ${entry.name} berisi lebih dari ${limits.sheetRows.toLocaleString("id-ID")} baris`
      );
    }
    total += inflated.length;
    if (total > limits.totalBytes)
      throw new ZipRefused(`isi .xlsx melebihi ${limits.totalBytes / 1048576} MB setelah dibuka`);
  }
  return entries;
}
