/**
 * One XML part of an .xlsx read as a stream of tags and text by a small strict
 * scanner: well-formedness is checked (every tag closed and matching, attributes
 * quoted, only XML's own entities and character references, no DTD), namespace
 * prefixes are dropped (`<x:row>` is `row`), line ends are normalised as XML
 * requires. Several times faster than a general parser on sheet-sized parts.
 * Pure: no Node, works in a browser.
 */

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

const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  NAME[c] = /[A-Za-z0-9_:.-]/.test(ch) ? 1 : 0;
}

function isNameChar(c: number): boolean {
  return c >= 128 || NAME[c] === 1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

function decodeReferences(s: string, fail: (why: string) => never): string {
  let out = "";
  let i = 0;
  for (;;) {
    const amp = s.indexOf("&", i);
    if (amp < 0) return i === 0 ? s : out + s.slice(i);
    const semi = s.indexOf(";", amp);
    if (semi < 0 || semi - amp > 10) fail("entitas tidak sah");
    const ref = s.slice(amp + 1, semi);
    let ch = NAMED[ref];
    if (ch === undefined) {
      const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      const code = m ? parseInt(m[1] ?? m[2], m[1] ? 16 : 10) : NaN;
      if (!(code > 0 && code <= 0x10ffff)) fail(`entitas &${ref.slice(0, 8)}; tidak dikenal`);
      ch = String.fromCodePoint(code);
    }
    out += s.slice(i, amp) + ch;
    i = semi + 1;
  }
}

const LT = 1;
const SPACE = 2;
const AMP = 4;
/** What a character of an attribute value asks for: `<` refused, tab and line end made spaces, `&` decoded. */
const VALUE_MARK = new Uint8Array(64);
VALUE_MARK[60] = LT;
VALUE_MARK[9] = VALUE_MARK[10] = SPACE;
VALUE_MARK[38] = AMP;

/** Names seen before, so the same tag or attribute name is not copied out of the text each time. */
const NAMES: (string | undefined)[] = new Array(1024);

function interned(xml: string, from: number, to: number): string {
  const length = to - from;
  if (length > 16) return xml.slice(from, to);
  const key = ((xml.charCodeAt(from) * 31 + xml.charCodeAt(to - 1)) * 17 + length) & 1023;
  const known = NAMES[key];
  if (known !== undefined && known.length === length && xml.startsWith(known, from)) return known;
  return (NAMES[key] = xml.slice(from, to));
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** Scans XML text; a malformed document throws XlsxContentError naming the part. */
export function scanXml(part: string, source: string, handler: XmlHandler): void {
  const fail = (why: string): never => {
    throw new XlsxContentError(`isi .xlsx rusak (XML bagian ${part} tidak sah: ${why})`);
  };
  const xml = source.indexOf("\r") < 0 ? source : source.replace(/\r\n?/g, "\n");
  const len = xml.length;
  const names: string[] = [];
  const locals: string[] = [];
  let seenRoot = false;
  let i = 0;
  while (i < len) {
    const lt = xml.indexOf("<", i);
    const end = lt < 0 ? len : lt;
    if (end > i) {
      const raw = xml.slice(i, end);
      if (names.length === 0) {
        if (raw.trim() !== "") fail("teks di luar elemen akar");
      } else if (handler.text) handler.text(decodeReferences(raw, fail));
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      const open = names.pop();
      let j = lt + 2;
      if (open !== undefined && xml.startsWith(open, j)) j += open.length;
      else j = len;
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 62) {
        const gt = xml.indexOf(">", lt);
        const name = xml.slice(lt + 2, gt < 0 ? lt + 22 : Math.min(gt, lt + 22));
        fail(`</${name}> tidak cocok dengan <${(open ?? "").slice(0, 20)}>`);
      }
      handler.close(locals.pop()!);
      i = j + 1;
    } else if (c === 33) {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        if (e < 0) fail("komentar terpotong");
        i = e + 3;
      } else if (xml.startsWith("<![CDATA[", lt) && names.length > 0) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0) fail("CDATA terpotong");
        handler.text?.(xml.slice(lt + 9, e));
        i = e + 3;
      } else fail("DTD atau deklarasi tidak didukung");
    } else if (c === 63) {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) fail("instruksi pemrosesan terpotong");
      i = e + 2;
    } else {
      let j = lt + 1;
      let colon = -1;
      for (
        let d = xml.charCodeAt(j);
        j < len && (d >= 128 || NAME[d] === 1);
        d = xml.charCodeAt(++j)
      )
        if (d === 58) colon = j;
      if (j === lt + 1) fail("tag tanpa nama");
      if (names.length === 0 && seenRoot) fail("lebih dari satu elemen akar");
      const name = interned(xml, lt + 1, j);
      const local = colon < 0 ? name : interned(xml, colon + 1, j);
      let attributes: Record<string, string> | undefined;
      let empty = false;
      for (;;) {
        const before = j;
        while (isSpace(xml.charCodeAt(j))) j++;
        const d = xml.charCodeAt(j);
        if (d === 62) {
          j++;
          break;
        }
        if (d === 47 && xml.charCodeAt(j + 1) === 62) {
          j += 2;
          empty = true;
          break;
        }
        if (j >= len) fail(`tag <${name.slice(0, 20)}> terpotong`);
        const k = j;
        while (j < len && isNameChar(xml.charCodeAt(j))) j++;
        if (j === k || k === before) fail(`atribut tidak sah di <${name.slice(0, 20)}>`);
        const key = interned(xml, k, j);
        while (isSpace(xml.charCodeAt(j))) j++;
        if (xml.charCodeAt(j) !== 61) fail(`atribut ${key.slice(0, 20)} tanpa nilai`);
        j++;
        while (isSpace(xml.charCodeAt(j))) j++;
        const q = xml.charCodeAt(j);
        if (q !== 34 && q !== 39) fail(`nilai atribut ${key.slice(0, 20)} tanpa tanda kutip`);
        // One pass to the closing quote, noting what the value needs done to it.
        let close = j + 1;
        let marks = 0;
        for (let d = xml.charCodeAt(close); d !== q; d = xml.charCodeAt(++close)) {
          if (close >= len) fail(`tag <${name.slice(0, 20)}> terpotong`);
          if (d < 64) marks |= VALUE_MARK[d];
        }
        if (marks & LT) fail(`nilai atribut ${key.slice(0, 20)} berisi "<"`);
        let value = xml.slice(j + 1, close);
        if (marks & SPACE) value = value.replace(/[\t\n]/g, " ");
        attributes ??= {};
        if (key in attributes) fail(`atribut ${key.slice(0, 20)} ganda`);
        attributes[key] = marks & AMP ? decodeReferences(value, fail) : value;
        j = close + 1;
      }
      seenRoot = true;
      handler.open(local, attributes ?? NO_ATTRIBUTES);
      if (empty) handler.close(local);
      else {
        names.push(name);
        locals.push(local);
      }
      i = j;
    }
  }
  if (names.length > 0) fail(`terpotong (<${names[names.length - 1].slice(0, 20)}> tidak ditutup)`);
  if (!seenRoot) fail("tidak ada elemen akar");
}

/** The text of a part's bytes (UTF-8), so the bytes can be let go before it is scanned. */
export function decodePart(bytes: Uint8Array | undefined): string | undefined {
  return bytes && decoder.decode(bytes);
}

/** Parses one part's bytes (UTF-8); a malformed part throws XlsxContentError naming it. */
export function parseXml(part: string, bytes: Uint8Array, handler: XmlHandler): void {
  scanXml(part, decoder.decode(bytes), handler);
}
