/**
 * The Node edge: .xlsx bytes unzipped under the guard's limits and read by the
 * package's own XML reader into the engine's snapshot. Each part is inflated
 * only when the reader takes it, and let go as soon as it is read.
 */
import { WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { readWorkbookParts } from "./ooxml/read-parts";
import { DEFAULT_LIMITS, guardZip, ZipLimits } from "./zip-guard";

/**
 * Reads .xlsx bytes into a workbook snapshot. Throws ZipRefused or
 * XlsxContentError (both with an Indonesian reason) on a file it will not read.
 */
export function readWorkbook(
  data: Uint8Array | ArrayBuffer,
  limits: ZipLimits = DEFAULT_LIMITS
): WorkbookSnapshot {
  const buffer = Buffer.isBuffer(data)
    ? data
    : data instanceof Uint8Array
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);
  const zip = guardZip(buffer, limits);
  const snapshot = readWorkbookParts(zip.take, { sheetRows: limits.sheetRows });
  zip.checkRest();
  return snapshot;
}
