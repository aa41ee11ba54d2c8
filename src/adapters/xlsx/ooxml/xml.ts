/**
 * One XML part of an .xlsx read as a stream of tags and text with saxes, with
 * namespace prefixes dropped (`<x:row>` is `row`), so every part reader sees the
 * same names whatever prefix a generator chose. Pure: no Node, works in a browser.
 */
import { SaxesParser } from "saxes";

/** A workbook whose content cannot be read, with the reason in Indonesian. */
export class XlsxContentError extends Error {}

/** What a part reader does with the tags and text of its part. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text?(text: string): void;
}

const decoder = new TextDecoder("utf-8");

/** The local name of a tag or attribute: `x:row` is `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever its prefix (`r:id`, `rel:id`). */
export function attribute(
  attributes: Readonly<Record<string, string>>,
  local: string
): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  for (const key in attributes) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** Parses one part; a malformed part throws XlsxContentError naming it. */
export function parseXml(part: string, bytes: Uint8Array, handler: XmlHandler): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  parser.on("error", (error) => {
    throw new XlsxContentError(
      `isi .xlsx rusak (XML bagian ${part} tidak sah: ${error.message.slice(0, 80)})`
    );
  });
  parser.on("opentag", (tag) => handler.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag) => handler.close(localName(tag.name)));
  const text = handler.text;
  if (text) {
    parser.on("text", (t) => text.call(handler, t));
    parser.on("cdata", (t) => text.call(handler, t));
  }
  parser.write(decoder.decode(bytes)).close();
}
