/**
 * Looking inside an .xlsx under hard caps: the ZIP central directory is read by
 * hand and its declared sizes checked before anything is inflated; then each
 * part is inflated only when the reader takes it, once, with a cap on its output,
 * so a zip bomb or a truncated file is refused with a reason instead of
 * exhausting memory, and only one part's inflated bytes are alive at a time.
 * The entries the reader never took are inflated (and dropped) last, so a bomb
 * anywhere in the package is still refused.
 */
import { inflateRawSync } from "zlib";
import { isXmlPart, TakePart } from "./ooxml/read-parts";
import { entryData, ZipEntry, zipEntries, ZipRefused } from "./ooxml/zip-directory";

export { ZipRefused } from "./ooxml/zip-directory";

/** Limits on what the checker agrees to unpack. */
export interface ZipLimits {
  /** Total bytes once inflated. */
  readonly totalBytes: number;
  /** Bytes of one inflated entry. */
  readonly entryBytes: number;
  /** Rows of one worksheet (counted by the reader as it reads the sheet). */
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

/** A package opened under the limits: parts handed over one at a time. */
export interface GuardedZip {
  /** Inflates an XML part (`.xml`, `.rels`) by its path, once; undefined when absent. */
  readonly take: TakePart;
  /** Inflates and drops every entry not taken, so a bomb in any of them is refused. */
  readonly checkRest: () => void;
}

function tooLarge(entry: ZipEntry, bytes: number): ZipRefused {
  return new ZipRefused(
    `bagian ${entry.name} terlalu besar (${Math.round(bytes / 1048576)} MB setelah dibuka)`
  );
}

/**
 * Reads the central directory and checks what it declares; throws ZipRefused
 * with the reason. Nothing is inflated until a part is taken.
 */
export function guardZip(data: Buffer, limits: ZipLimits = DEFAULT_LIMITS): GuardedZip {
  const entries = zipEntries(data);
  if (!entries.some((e) => e.name === "[Content_Types].xml"))
    throw new ZipRefused("bukan berkas .xlsx (ZIP tanpa [Content_Types].xml)");
  let declaredTotal = 0;
  for (const entry of entries) {
    const declared = Math.max(entry.uncompressedSize, 0);
    if (declared > limits.entryBytes) throw tooLarge(entry, declared);
    if (entry.method !== 8 && entry.method !== 0)
      throw new ZipRefused(`metode kompresi ${entry.method} tidak didukung`);
    declaredTotal += declared;
  }
  if (declaredTotal > limits.totalBytes)
    throw new ZipRefused(`isi .xlsx melebihi ${limits.totalBytes / 1048576} MB setelah dibuka`);

  // The last entry of a name wins, as a map of all of them would keep it.
  const waiting = new Map<string, ZipEntry>();
  const shadowed: ZipEntry[] = [];
  for (const entry of entries) {
    const before = waiting.get(entry.name);
    if (before) shadowed.push(before);
    waiting.set(entry.name, entry);
  }
  let total = 0;

  function inflate(entry: ZipEntry): Buffer {
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
    } else {
      const stored = entryData(data, entry);
      inflated = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
    }
    total += inflated.length;
    if (total > limits.totalBytes)
      throw new ZipRefused(`isi .xlsx melebihi ${limits.totalBytes / 1048576} MB setelah dibuka`);
    return inflated;
  }

  return {
    take(path) {
      const entry = waiting.get(path);
      if (!entry || !isXmlPart(path)) return undefined;
      waiting.delete(path);
      return inflate(entry);
    },
    checkRest() {
      for (const entry of [...shadowed, ...waiting.values()]) inflate(entry);
      shadowed.length = 0;
      waiting.clear();
    },
  };
}
