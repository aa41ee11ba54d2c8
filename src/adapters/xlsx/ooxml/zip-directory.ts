/**
 * The ZIP central directory of an .xlsx read by hand, and where each entry's
 * compressed bytes lie, so a damaged or truncated file is refused with a reason
 * before anything is inflated. Pure: works on bytes in Node and in a browser.
 */

/** One entry of the ZIP central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** Why a file is refused, in Indonesian. */
export class ZipRefused extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder("utf-8");

function viewOf(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

function findEndOfDirectory(data: Uint8Array, view: DataView): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new ZipRefused("isi .xlsx terpotong atau rusak (direktori ZIP tidak ditemukan)");
}

/** Reads the central directory; throws ZipRefused when it is damaged. */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  const view = viewOf(data);
  const end = findEndOfDirectory(data, view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipRefused("berkas ZIP64 terlalu besar untuk diperiksa");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== CENTRAL) {
      throw new ZipRefused("isi .xlsx terpotong atau rusak (direktori ZIP tidak utuh)");
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      name: names.decode(data.subarray(offset + 46, offset + 46 + nameLength)),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The stored (compressed) bytes of an entry; throws ZipRefused when the file is cut short. */
export function entryData(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = viewOf(data);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) {
    throw new ZipRefused(`isi .xlsx terpotong atau rusak (bagian ${entry.name})`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length)
    throw new ZipRefused(`isi .xlsx terpotong (bagian ${entry.name})`);
  return data.subarray(start, start + entry.compressedSize);
}
