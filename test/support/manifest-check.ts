/**
 * An offline structural check of the XML add-in manifest: what Office needs to
 * load the add-in with custom functions in a shared runtime, and the requirement
 * sets the code needs (derived from the code by ./api-sets). It stands in for the
 * online validator, which cannot run here.
 */
import { existsSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { compareVersions, Requirement } from "./api-sets";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
});

function children(node: unknown, name: string): Node[] {
  if (!node || typeof node !== "object") return [];
  const value = (node as Node)[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

function path(node: unknown, ...names: string[]): Node[] {
  return names.reduce<Node[]>(
    (nodes, name) => nodes.flatMap((n) => children(n, name)),
    [node as Node]
  );
}

function attr(node: Node | undefined, name: string): string | undefined {
  const v = node?.[`@${name}`];
  return v === undefined ? undefined : String(v);
}

/** Every element (at any depth) that carries a `resid` attribute. */
function residUses(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => residUses(n, found));
  else if (node && typeof node === "object") {
    if (attr(node as Node, "resid")) found.push(node as Node);
    Object.values(node).forEach((v) => residUses(v, found));
  }
  return found;
}

/**
 * The requirement sets a manifest asks for: set name to MinVersion (1.1 when it
 * gives none); empty when the manifest cannot be read.
 */
export function requirementSets(xml: string): Map<string, string> {
  if (XMLValidator.validate(xml) !== true) return new Map();
  const app = parser.parse(xml).OfficeApp as Node | undefined;
  return new Map(
    path(app, "Requirements", "Sets", "Set").map((s) => [
      String(attr(s, "Name")),
      attr(s, "MinVersion") ?? "1.1",
    ])
  );
}

/** What is wrong about how a manifest asks for one requirement set the code needs, if anything. */
function requirementProblem(need: Requirement, declared: ReadonlyMap<string, string>) {
  const members = need.members.slice(0, 3).join(", ") + (need.members.length > 3 ? ", …" : "");
  if (!need.declarable)
    return `Requirement set ${need.set} ${need.version} cannot come from the manifest: check for it with isSetSupported before using ${members}`;
  const min = declared.get(need.set);
  return min !== undefined && compareVersions(min, need.version) >= 0
    ? undefined
    : `Requirement set ${need.set} ${need.version} is missing${min ? ` (it asks for ${min})` : ""}: the code uses ${members} unguarded`;
}

/**
 * Lists what is wrong with a manifest; an empty list means it passes. `needs` are
 * the requirement sets the code uses without a run-time check (see
 * ./api-sets `requirements`): the manifest must ask for each at least at that version.
 */
export function checkManifest(
  xml: string,
  assetsDir: string,
  needs: readonly Requirement[]
): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const problems: string[] = [];
  const app = parser.parse(xml).OfficeApp as Node | undefined;
  if (!app) return ["root element OfficeApp is missing"];
  const need = (ok: boolean, message: string) => ok || problems.push(message);

  need(
    /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(String(app.Id ?? "")),
    "Id is not a GUID"
  );
  need(/^\d+(\.\d+){1,3}$/.test(String(app.Version ?? "")), "Version is not n.n.n.n");
  need(
    attr(path(app, "DisplayName")[0], "DefaultValue") === "Asisten LKjIP",
    "DisplayName is not Asisten LKjIP"
  );
  need(
    path(app, "Hosts", "Host").some((h) => attr(h, "Name") === "Workbook"),
    "Host Workbook is missing"
  );
  need(
    String(app.Permissions) === "ReadWriteDocument",
    "Permissions must be exactly ReadWriteDocument"
  );
  const sets = path(app, "Requirements", "Sets", "Set");
  need(
    sets.some((s) => attr(s, "Name") === "SharedRuntime"),
    "Requirement set SharedRuntime is missing"
  );
  const declared = requirementSets(xml);
  for (const n of needs) {
    const problem = requirementProblem(n, declared);
    if (problem) problems.push(problem);
  }

  const overrides = path(app, "VersionOverrides")[0];
  const host = path(overrides, "Hosts", "Host")[0];
  const runtime = path(host, "Runtimes", "Runtime")[0];
  need(attr(runtime, "lifetime") === "long", "Runtime lifetime must be long");
  const runtimeUrl = attr(runtime, "resid");
  need(runtimeUrl !== undefined, "Runtime has no resid");
  const cf = path(host, "AllFormFactors", "ExtensionPoint").find(
    (e) => attr(e, "type") === "CustomFunctions"
  );
  need(cf !== undefined, "CustomFunctions extension point is missing");
  need(
    attr(path(cf, "Page", "SourceLocation")[0], "resid") === runtimeUrl,
    "CustomFunctions Page is not the runtime"
  );
  need(
    attr(path(host, "DesktopFormFactor", "FunctionFile")[0], "resid") === runtimeUrl,
    "FunctionFile is not the runtime"
  );
  const ribbon = path(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
  need(
    ribbon.some((t) => attr(t, "id") === "TabHome"),
    "no button on the Home tab"
  );

  const resources = path(overrides, "Resources")[0];
  const ids = new Map<string, string>();
  const kinds: [string, string][] = [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "String"],
    ["LongStrings", "String"],
  ];
  for (const [group, item] of kinds) {
    for (const r of path(resources, group, item))
      ids.set(String(attr(r, "id")), attr(r, "DefaultValue") ?? "");
  }
  for (const use of residUses(overrides)) {
    const id = String(attr(use, "resid"));
    need(ids.has(id), `resid ${id} does not resolve`);
  }
  for (const s of path(resources, "ShortStrings", "String")) {
    need(
      (attr(s, "DefaultValue") ?? "").length <= 125,
      `ShortString ${attr(s, "id")} is longer than 125`
    );
  }
  for (const s of path(resources, "LongStrings", "String")) {
    need(
      (attr(s, "DefaultValue") ?? "").length <= 250,
      `LongString ${attr(s, "id")} is longer than 250`
    );
  }
  const ns = path(resources, "ShortStrings", "String").find(
    (s) => attr(s, "id") === attr(path(cf, "Namespace")[0], "resid")
  );
  need(attr(ns, "DefaultValue") === "LKJIP", "function namespace is not LKJIP");

  const urls = [
    ...[...ids.entries()].filter(([id]) => /Url|Icon/.test(id)).map(([, v]) => v),
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(
      (n) => attr(path(app, n)[0], "DefaultValue") ?? ""
    ),
    attr(path(app, "DefaultSettings", "SourceLocation")[0], "DefaultValue") ?? "",
  ];
  for (const url of urls) {
    need(url.startsWith("https://"), `URL is not https: ${url}`);
    const asset = /\/assets\/([^/]+)$/.exec(url);
    if (asset) need(existsSync(join(assetsDir, asset[1])), `asset ${asset[1]} is missing`);
  }
  return problems;
}
