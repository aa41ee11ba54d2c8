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

const LT = 1;
const SPACE = 2;
const AMP = 4;
/** What a character of an attribute value asks for: `<` refused, tab and line end made spaces, `&` decoded. */
const VALUE_MARK = new Uint8Array(64);
VALUE_MARK[60] = LT;
VALUE_MARK[9] = VALUE_MARK[10] = SPACE;
VALUE_MARK[38] = AMP;

/**
 * The attributes of the tag being opened, read in place from the part's text:
 * a value is copied out only when it is asked for. Valid only during
 * `XmlHandler.open`; the scanner reuses it for the next tag. Handlers read it
 * (`get`, `slot`, `valueAt`, ...); `reset`, `release`, `add`, `setDecoded` and
 * `repeats` are the scanner's.
 */
export class TagAttributes {
  /** The part's text the attributes stand in. */
  source = "";
  /** How many attributes the tag has. */
  count = 0;
  /** The attributes' full names (`r`, `r:id`), by slot; the same string each time a name recurs. */
  private readonly names: string[] = [];
  /** Where each value starts in `source`, by slot. */
  private readonly starts: number[] = [];
  /** Where each value ends in `source`, by slot. */
  private readonly ends: number[] = [];
  /** VALUE_MARK bits of each value: what it needs done before it is read, by slot. */
  private readonly marks: number[] = [];
  /** Values with references, decoded as they were scanned, by slot. */
  private readonly decoded: (string | undefined)[] = [];

  /** Forgets the previous tag's attributes. */
  reset(source: string): void {
    this.source = source;
    this.count = 0;
  }

  /** Lets go of the part's text and any decoded value, once a scan is over. */
  release(): void {
    this.reset("");
    this.decoded.length = 0;
  }

  /** Adds an attribute by its name and where its value stands; returns its slot. */
  add(name: string, start: number, end: number, marks: number): number {
    const slot = this.count++;
    this.names[slot] = name;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.marks[slot] = marks;
    return slot;
  }

  /** Keeps the decoded value of an attribute whose value has references. */
  setDecoded(slot: number, value: string): void {
    this.decoded[slot] = value;
  }

  /** Whether an attribute before `slot` has the same name as the one in it. */
  repeats(slot: number): boolean {
    const name = this.names[slot];
    for (let other = 0; other < slot; other++) if (this.names[other] === name) return true;
    return false;
  }

  /** The slot of an attribute by its full name (`r`, `r:id`); -1 when absent. */
  slot(name: string): number {
    for (let slot = 0; slot < this.count; slot++) if (this.names[slot] === name) return slot;
    return -1;
  }

  /** The full name of the attribute in `slot`. */
  nameAt(slot: number): string {
    return this.names[slot];
  }

  /** The value of the attribute in `slot`: references decoded, tabs and line ends as spaces. */
  valueAt(slot: number): string {
    const marks = this.marks[slot];
    if (marks & AMP) return this.decoded[slot] as string;
    const value = this.source.slice(this.starts[slot], this.ends[slot]);
    return marks & SPACE ? value.replace(/[\t\n]/g, " ") : value;
  }

  /** An attribute's value by its full name; undefined when absent. */
  get(name: string): string | undefined {
    const slot = this.slot(name);
    return slot < 0 ? undefined : this.valueAt(slot);
  }

  /** Whether the value in `slot` reads exactly as written in `source` from valueStart to valueEnd. */
  isVerbatim(slot: number): boolean {
    return this.marks[slot] === 0;
  }

  /** Where the value in `slot` starts in `source`. */
  valueStart(slot: number): number {
    return this.starts[slot];
  }

  /** Where the value in `slot` ends in `source`. */
  valueEnd(slot: number): number {
    return this.ends[slot];
  }

  /** The value in `slot` as a whole number when written as 1 to 15 plain digits; -1 otherwise. */
  digits(slot: number): number {
    return this.marks[slot] === 0 ? digitsAt(this.source, this.starts[slot], this.ends[slot]) : -1;
  }
}

/** What a part reader does with the tags and text of its part. */
export interface XmlHandler {
  /** A start (or empty) tag by its local name; `attributes` are valid only during the call. */
  open(name: string, attributes: TagAttributes): void;
  close(name: string): void;
  /** A piece of text, references decoded: `source.slice(from, to)`. */
  text?(source: string, from: number, to: number): void;
  /**
   * Optionally reads a whole element (without a prefix) straight from the text:
   * its start tag's attributes from `from`, just after its name, then its content
   * and end tag, when all are of a form the handler knows to be well formed; it
   * then does itself what `open`, `text` and `close` would have done. Returns
   * where the element ends, or -1 to leave it to the scanner.
   */
  element?(name: string, source: string, from: number): number;
}

const decoder = new TextDecoder("utf-8");

/** The local name of a tag or attribute: `x:row` is `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever its prefix (`r:id`, `rel:id`). */
export function attribute(attributes: TagAttributes, local: string): string | undefined {
  const exact = attributes.slot(local);
  if (exact >= 0) return attributes.valueAt(exact);
  for (let slot = 0; slot < attributes.count; slot++)
    if (localName(attributes.nameAt(slot)) === local) return attributes.valueAt(slot);
  return undefined;
}

/** The whole number `source` holds from..to when written as 1 to 15 plain digits; -1 otherwise. */
export function digitsAt(source: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = source.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
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

/**
 * The names a plain object already has (`toString`, `__proto__`, ...): the scanner
 * once kept attributes in one and so refused these as repeated; it still does.
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const INHERITED_MIN = Math.min(...[...INHERITED].map((name) => name.length));
const INHERITED_MAX = Math.max(...[...INHERITED].map((name) => name.length));

/** Whether a plain object would already hold a property of this name. */
function isInherited(name: string): boolean {
  return name.length >= INHERITED_MIN && name.length <= INHERITED_MAX && INHERITED.has(name);
}

/** An attribute's name for a message, at most 20 characters. */
function shortName(xml: string, from: number, to: number): string {
  return xml.slice(from, Math.min(to, from + 20));
}

type Fail = (why: string) => never;

/**
 * Reads the attributes of a start tag from `j` (just after its name) into
 * `attributes`, checking each one; returns where the tag ends (after its `>` or `/>`).
 */
function readAttributes(
  xml: string,
  j: number,
  name: string,
  attributes: TagAttributes,
  fail: Fail
): number {
  const len = xml.length;
  attributes.reset(xml);
  for (;;) {
    const before = j;
    while (isSpace(xml.charCodeAt(j))) j++;
    const d = xml.charCodeAt(j);
    if (d === 62) return j + 1;
    if (d === 47 && xml.charCodeAt(j + 1) === 62) return j + 2;
    if (j >= len) fail(`tag <${name.slice(0, 20)}> terpotong`);
    const k = j;
    while (j < len && isNameChar(xml.charCodeAt(j))) j++;
    if (j === k || k === before) fail(`atribut tidak sah di <${name.slice(0, 20)}>`);
    const keyEnd = j;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61) fail(`atribut ${shortName(xml, k, keyEnd)} tanpa nilai`);
    j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    const q = xml.charCodeAt(j);
    if (q !== 34 && q !== 39) fail(`nilai atribut ${shortName(xml, k, keyEnd)} tanpa tanda kutip`);
    // One pass to the closing quote, noting what the value needs done to it.
    let close = j + 1;
    let marks = 0;
    for (let d = xml.charCodeAt(close); d !== q; d = xml.charCodeAt(++close)) {
      if (close >= len) fail(`tag <${name.slice(0, 20)}> terpotong`);
      if (d < 64) marks |= VALUE_MARK[d];
    }
    if (marks & LT) fail(`nilai atribut ${shortName(xml, k, keyEnd)} berisi "<"`);
    const slot = attributes.add(interned(xml, k, keyEnd), j + 1, close, marks);
    if (attributes.repeats(slot) || isInherited(attributes.nameAt(slot)))
      fail(`atribut ${shortName(xml, k, keyEnd)} ganda`);
    if (marks & AMP) {
      const value = xml.slice(j + 1, close);
      attributes.setDecoded(
        slot,
        decodeReferences(marks & SPACE ? value.replace(/[\t\n]/g, " ") : value, fail)
      );
    }
    j = close + 1;
  }
}

/**
 * The attributes object of the scans, kept between them: a new one per part
 * would let a full garbage collection drop its shape between parts, and the
 * optimised scanner with it. A scan within a scan gets its own.
 */
let idleAttributes: TagAttributes | undefined = new TagAttributes();

/** Scans XML text; a malformed document throws XlsxContentError naming the part. */
export function scanXml(part: string, source: string, handler: XmlHandler): void {
  const attributes = idleAttributes ?? new TagAttributes();
  idleAttributes = undefined;
  try {
    scan(part, source, handler, attributes);
  } finally {
    attributes.release();
    idleAttributes = attributes;
  }
}

function scan(part: string, source: string, handler: XmlHandler, attributes: TagAttributes): void {
  const fail: Fail = (why) => {
    throw new XlsxContentError(`isi .xlsx rusak (XML bagian ${part} tidak sah: ${why})`);
  };
  const xml = source.indexOf("\r") < 0 ? source : source.replace(/\r\n?/g, "\n");
  const len = xml.length;
  const names: string[] = [];
  const locals: string[] = [];
  let seenRoot = false;
  // The next "&" at or after i, so text is searched for references only once.
  let amp = -1;
  let i = 0;
  while (i < len) {
    const lt = xml.indexOf("<", i);
    const end = lt < 0 ? len : lt;
    if (end > i) {
      if (names.length === 0) {
        if (xml.slice(i, end).trim() !== "") fail("teks di luar elemen akar");
      } else if (handler.text) {
        if (amp < i) {
          const next = xml.indexOf("&", i);
          amp = next < 0 ? len : next;
        }
        if (amp < end) {
          const text = decodeReferences(xml.slice(i, end), fail);
          handler.text(text, 0, text.length);
        } else handler.text(xml, i, end);
      }
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
        handler.text?.(xml, lt + 9, e);
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
      seenRoot = true;
      const after = colon < 0 && handler.element ? handler.element(local, xml, j) : -1;
      if (after >= 0) {
        i = after;
        continue;
      }
      const tagEnd = readAttributes(xml, j, name, attributes, fail);
      handler.open(local, attributes);
      // Only an empty tag ends in "/>": before a lone ">" stands a name, a space or a quote.
      if (xml.charCodeAt(tagEnd - 2) === 47) handler.close(local);
      else {
        names.push(name);
        locals.push(local);
      }
      i = tagEnd;
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
