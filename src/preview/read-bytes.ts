/**
 * The preview reads the sample's .xlsx bytes with the package's own reader, as
 * the CLI does, inflating each part with the browser's DecompressionStream.
 */
import { WorkbookSnapshot } from "../engine/workbook/snapshot";
import { isXmlPart, readWorkbookParts, takeFrom } from "../adapters/xlsx/ooxml/read-parts";
import { entryData, zipEntries, ZipRefused } from "../adapters/xlsx/ooxml/zip-directory";

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads .xlsx bytes into a workbook snapshot in the browser. */
export async function readWorkbookInBrowser(data: Uint8Array): Promise<WorkbookSnapshot> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of zipEntries(data)) {
    if (!isXmlPart(entry.name)) continue;
    const stored = entryData(data, entry);
    if (entry.method === 8) parts.set(entry.name, await inflate(stored));
    else if (entry.method === 0) parts.set(entry.name, stored);
    else throw new ZipRefused(`metode kompresi ${entry.method} tidak didukung`);
  }
  return readWorkbookParts(takeFrom(parts));
}
