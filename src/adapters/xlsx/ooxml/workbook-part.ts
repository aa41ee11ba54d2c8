/**
 * workbook.xml and its relationships: the sheets in workbook order with their
 * names, visibility and the part each one is stored in, and the date system.
 */
import { attribute, parseXml } from "./xml";

/** One sheet as the workbook lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The worksheet part holding it (`xl/worksheets/sheet1.xml`); none for a chart sheet. */
  readonly part?: string;
}

/** What workbook.xml says about the whole workbook. */
export interface WorkbookEntry {
  readonly sheets: readonly SheetEntry[];
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** One relationship: its type's last word (`worksheet`, `styles`) and the target part's path. */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** The relationships stored in a `.rels` part, by id, their targets resolved. */
export function readRelationships(
  bytes: Uint8Array | undefined,
  part: string
): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  if (!bytes) return found;
  const base = part.replace(/_rels\/[^/]*$/, "");
  parseXml(part, bytes, {
    open(name, a) {
      if (name !== "Relationship") return;
      const id = a.get("Id");
      const target = a.get("Target");
      if (id && target && a.get("TargetMode") !== "External") {
        const written = a.get("Type") ?? "";
        const type = written.slice(written.lastIndexOf("/") + 1);
        found.set(id, { type, target: resolvePath(base, target) });
      }
    },
    close() {},
  });
  return found;
}

/** Where the relationships of a part are stored: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolvePath(base: string, target: string): string {
  const trimmed = target.trim();
  const path = trimmed.startsWith("/") ? trimmed.slice(1) : base + trimmed;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** Reads workbook.xml with the relationships of its folder. */
export function readWorkbookPart(
  bytes: Uint8Array,
  relationships: ReadonlyMap<string, Relationship>,
  part = "xl/workbook.xml"
): WorkbookEntry {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(part, bytes, {
    open(name, a) {
      if (name === "workbookPr") {
        const written = a.get("date1904");
        date1904 = written === "1" || written === "true";
      } else if (name === "sheet") {
        const rel = relationships.get(attribute(a, "id") ?? "");
        sheets.push({
          name: a.get("name") ?? "",
          hidden: (a.get("state") ?? "visible") !== "visible",
          part: rel?.type === "worksheet" ? rel.target : undefined,
        });
      }
    },
    close() {},
  });
  return { sheets, date1904 };
}
