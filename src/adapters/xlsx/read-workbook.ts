/**
 * The Node edge: .xlsx bytes unzipped under the guard's limits and read by the
 * package's own XML reader into the engine's snapshot. Every part is inflated
 * once, and a sheet's inflated bytes are let go as soon as the sheet is read.
 */
import { WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { readWorkbookParts, takeFrom } from "./ooxml/read-parts";
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
  return readWorkbookParts(takeFrom(guardZip(buffer, limits)), { sheetRows: limits.sheetRows });
}
