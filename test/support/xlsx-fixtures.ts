/**
 * Hand-built .xlsx files for the reader's tests: the parts a generator would
 * write, around sheet XML the test gives, zipped with the test ZIP writer.
 */
import { zip, ZipFile } from "./zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** One sheet of a fixture: its name, the part it is stored in, its `<sheetData>` and more. */
export interface FixtureSheet {
  readonly name: string;
  readonly file: string;
  /** The inside of `<worksheet>`: `<sheetData>…</sheetData><mergeCells>…`. */
  readonly body: string;
  readonly state?: "hidden" | "veryHidden";
  /** The whole part as it is, instead of `body` in a `<worksheet>` (damaged parts). */
  readonly part?: string;
}

/** What a fixture workbook holds besides its sheets. */
export interface FixtureOptions {
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly workbookPr?: string;
  /** Writes the sheets' SpreadsheetML with this prefix (`x`), as some generators do. */
  readonly prefix?: string;
  /** More parts, as they are (a sheet's relationships, say). */
  readonly extra?: readonly ZipFile[];
}

/** `<tag>` with a prefix when one is asked for. */
function prefixed(xml: string, prefix: string | undefined): string {
  if (!prefix) return xml;
  return xml.replace(
    /<(\/?)([a-zA-Z][\w]*)(?=[\s>/])/g,
    (_m, slash: string, name: string) => `<${slash}${prefix}:${name}`
  );
}

/** An .xlsx file built from the given parts. */
export function fixtureXlsx(sheets: readonly FixtureSheet[], options: FixtureOptions = {}): Buffer {
  const p = options.prefix;
  const ns = p ? `xmlns:${p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const sheetList = sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ""}/>`
    )
    .join("");
  const rels = sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/${s.file}"/>`
    )
    .join("");
  const extraRels =
    (options.styles ? `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` : "") +
    (options.sharedStrings
      ? `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : "");
  const files: ZipFile[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?>${prefixed(`<workbook ${ns} xmlns:r="${REL}">${options.workbookPr ?? ""}<sheets>${sheetList}</sheets></workbook>`, p)}`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rels}${extraRels}</Relationships>`,
    },
    ...sheets.map((s) => ({
      name: `xl/worksheets/${s.file}`,
      data:
        s.part ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prefixed(`<worksheet ${ns} xmlns:r="${REL}">${s.body}</worksheet>`, p)}`,
    })),
  ];
  if (options.styles)
    files.push({
      name: "xl/styles.xml",
      data: `<?xml version="1.0"?>${prefixed(`<styleSheet ${ns}>${options.styles}</styleSheet>`, p)}`,
    });
  if (options.sharedStrings)
    files.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0"?>${prefixed(`<sst ${ns}>${options.sharedStrings}</sst>`, p)}`,
    });
  return zip([...files, ...(options.extra ?? [])]);
}

/** cellXfs for fixtures: 1 a date, 2 bold, 3 indent 2, 4 a custom format with escapes, 5 a custom date. */
export const FIXTURE_STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;Rp&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="3" fontId="1"/>' +
  '<xf numFmtId="0" fontId="0"><alignment indent="2"/></xf><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="1"/></cellXfs>';
