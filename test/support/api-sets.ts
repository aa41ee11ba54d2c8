/**
 * Which Office.js requirement sets the code needs, derived from the code: every
 * member of the Office.js typings (@types/office-js) that a source file touches
 * (a property read or written, a method called, an enum member, a property named
 * in a `.load("…")` string or in an options object), with the requirement set its
 * documentation gives (`[Api set: ExcelApi 1.13]`), and whether the use sits
 * behind a check that the host supports that set.
 *
 * A use is guarded when it is lexically inside the true side of an `if`, a
 * conditional expression or an `&&` (or the false side of an `||`) whose condition
 * calls `supportsExcelApi("x.y")` or `isSetSupported("Set", "x.y")` with a literal
 * version at least the member's; or when it follows, in the same block, an
 * `if (!supportsExcelApi("x.y")) return …;` (or `throw`, `break`, `continue`).
 * A check stored in a variable first is not seen.
 *
 * The scan runs over the project's source files (one Program, {@link projectScan})
 * or over sources held in memory ({@link snippetScan}) with the real typings.
 */
import * as ts from "typescript";
import { join, relative, resolve } from "path";

/** The repository's root. */
const ROOT = resolve(__dirname, "..", "..");

/** The Office.js typings every Office member is declared in. */
const OFFICE_TYPES = resolve(require.resolve("@types/office-js/package.json"), "..", "index.d.ts");

/** A requirement set and version, as in `[Api set: ExcelApi 1.13]` or `isSetSupported("ExcelApi", "1.13")`. */
export interface SetVersion {
  readonly set: string;
  readonly version: string;
}

/** What a member's `[Api set: …]` note says. */
export interface ApiNote extends SetVersion {
  /** The version from which the member may be written, when the note gives one ("1.1 for get, 1.8 for set"). */
  readonly setterVersion?: string;
  /** The note's whole text, e.g. `ExcelApi 1.1 for reading visibility; 1.2 for setting it.` */
  readonly text: string;
}

/** One use of an Office.js member in the code. */
export interface ApiUse {
  /** The file, relative to the scan's root, with forward slashes. */
  readonly file: string;
  /** 1-based line of the member's name (or of the `.load` string naming it). */
  readonly line: number;
  /** The member's qualified name, e.g. `Excel.Range.getMergedAreasOrNullObject`. */
  readonly member: string;
  /** How it is used: in code, named in a `.load` string, or as a property of an options object. */
  readonly via: "code" | "load" | "option";
  /** Whether the use writes the property (an assignment's target). */
  readonly write: boolean;
  /** The requirement set the use needs (for a write, the setter's version); none when the typings give no note. */
  readonly needs?: SetVersion;
  /** The note the requirement comes from. */
  readonly note?: string;
  /** Whether the note is the enclosing class's, interface's or enum's (the member has none of its own). */
  readonly inherited: boolean;
  /** The support checks the use sits behind. */
  readonly guards: readonly SetVersion[];
  /** Whether one of {@link guards} covers {@link needs}. */
  readonly guarded: boolean;
}

/** What a scan found. */
export interface ApiReport {
  /** Every use of a member of the Office.js typings, in file and line order. */
  readonly uses: readonly ApiUse[];
  /** `.load` strings naming a property the loaded type does not have (`file:line …`). */
  readonly problems: readonly string[];
  /** `.load` calls whose argument is not a literal, so whose properties were not looked up (`file:line …`). */
  readonly unchecked: readonly string[];
}

/** A Program and the files of it to scan. */
export interface Scan {
  readonly program: ts.Program;
  /** The directory file names are reported relative to. */
  readonly root: string;
  /** The absolute names of the files to scan. */
  readonly files: readonly string[];
}

/** What the code needs of one requirement set: the highest version any unguarded use needs. */
export interface Requirement extends SetVersion {
  /** Whether a manifest can ask for the set (ExcelApiOnline and ExcelApiDesktop must be checked for at run time). */
  readonly declarable: boolean;
  /** The members that need exactly this version. */
  readonly members: readonly string[];
}

/** Requirement sets a manifest never satisfies: uses of them must sit behind a run-time check. */
const RUNTIME_ONLY = /(Online|Desktop)$/;

/** Whether a manifest's `<Set>` can stand for requirement set `set` (false for ExcelApiOnline, ExcelApiDesktop). */
export function declarable(set: string): boolean {
  return !RUNTIME_ONLY.test(set);
}

/** Compares two requirement-set versions part by part (1.10 is above 1.9): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Reads the `[Api set: …]` note of a documentation comment: the first set and
 * version it names, and the setter's version when it has one ("1.1 for get, 1.8
 * for set", "1.1 for reading visibility; 1.2 for setting it"). Other qualifications
 * ("1.4 allows adding of multiple rows") are left to the reader: the first version
 * is taken.
 */
export function parseApiNote(comment: string): ApiNote | undefined {
  const note = /\[Api set:\s*([^\]]*)\]/.exec(comment);
  if (!note) return undefined;
  const text = note[1].trim();
  const first = /^([A-Za-z][\w.]*)?\s*(\d+(?:\.\d+)+)/.exec(text);
  if (!first) return undefined;
  const setter = /(\d+(?:\.\d+)+) for set(?:ting)?\b/.exec(text);
  return {
    set: first[1] ?? "",
    version: first[2],
    setterVersion: setter && setter[1] !== first[2] ? setter[1] : undefined,
    text,
  };
}

/** The support check a call makes: `supportsExcelApi("1.13")` or `….isSetSupported("ExcelApi", "1.13")`. */
function checkOf(call: ts.CallExpression): SetVersion | undefined {
  const callee = call.expression;
  const name = ts.isIdentifier(callee)
    ? callee.text
    : ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : undefined;
  const [a, b] = call.arguments;
  const literal = (e: ts.Expression | undefined) =>
    e && ts.isStringLiteralLike(e) ? e.text : undefined;
  if (name === "supportsExcelApi" && literal(a)) return { set: "ExcelApi", version: literal(a)! };
  if (name === "isSetSupported" && literal(a)) {
    if (b === undefined) return { set: literal(a)!, version: "1.1" };
    if (literal(b)) return { set: literal(a)!, version: literal(b)! };
  }
  return undefined;
}

/** The support checks that hold when `expr` is truthy (or, with `truthy` false, falsy). */
function implied(expr: ts.Expression, truthy: boolean): SetVersion[] {
  let e = expr;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
    return implied(e.operand, !truthy);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken && truthy)
      return [...implied(e.left, true), ...implied(e.right, true)];
    if (op === ts.SyntaxKind.BarBarToken && !truthy)
      return [...implied(e.left, false), ...implied(e.right, false)];
    return [];
  }
  if (ts.isCallExpression(e) && truthy) {
    const check = checkOf(e);
    return check ? [check] : [];
  }
  return [];
}

/** Whether control never runs past `statement` (it ends in return, throw, break or continue). */
function exits(statement: ts.Statement): boolean {
  if (ts.isBlock(statement))
    return statement.statements.length > 0 && exits(statement.statements.at(-1)!);
  if (ts.isIfStatement(statement))
    return (
      statement.elseStatement !== undefined &&
      exits(statement.thenStatement) &&
      exits(statement.elseStatement)
    );
  return (
    ts.isReturnStatement(statement) ||
    ts.isThrowStatement(statement) ||
    ts.isBreakStatement(statement) ||
    ts.isContinueStatement(statement)
  );
}

/** The support checks a node sits behind, found lexically (see the module's comment). */
export function guardsAt(node: ts.Node): SetVersion[] {
  const found: SetVersion[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) found.push(...implied(parent.expression, true));
      if (child === parent.elseStatement) found.push(...implied(parent.expression, false));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) found.push(...implied(parent.condition, true));
      if (child === parent.whenFalse) found.push(...implied(parent.condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) found.push(...implied(parent.left, true));
      if (op === ts.SyntaxKind.BarBarToken) found.push(...implied(parent.left, false));
    }
    if (
      ts.isBlock(parent) ||
      ts.isSourceFile(parent) ||
      ts.isModuleBlock(parent) ||
      ts.isCaseClause(parent) ||
      ts.isDefaultClause(parent)
    ) {
      for (const before of parent.statements) {
        if (before === child) break;
        if (!ts.isIfStatement(before)) continue;
        if (exits(before.thenStatement) && !before.elseStatement)
          found.push(...implied(before.expression, false));
        if (before.elseStatement && exits(before.elseStatement) && !exits(before.thenStatement))
          found.push(...implied(before.expression, true));
      }
    }
  }
  return found;
}

/** Whether one of `guards` covers `needs` (same set, a version at least as high). */
export function covers(guards: readonly SetVersion[], needs: SetVersion): boolean {
  return guards.some(
    (g) =>
      g.set.toLowerCase() === needs.set.toLowerCase() &&
      compareVersions(g.version, needs.version) >= 0
  );
}

/** The compiler options and source files of the project's tsconfig.json. */
function projectConfig(root: string): ts.ParsedCommandLine {
  const configFile = join(root, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  return parsed;
}

/**
 * One Program over the project's product code: the files of tsconfig.json under
 * `src/` (tests, benchmarks and scripts are not shipped, so need no requirement set).
 */
export function projectScan(root: string = ROOT): Scan {
  const config = projectConfig(root);
  const src = join(root, "src") + "/";
  const files = config.fileNames.filter((f) => resolve(f).startsWith(src) && !f.endsWith(".d.ts"));
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  // The scan reads notes from the raw comments; the types need no JSDoc.
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseNone;
  return { program: ts.createProgram({ rootNames: files, options, host }), root, files };
}

/** Where in-memory sources live. */
const SNIPPETS = "/snippets";

/** Typings and libraries parsed once for every in-memory scan. */
const parsed = new Map<string, ts.SourceFile>();

/**
 * A Program over sources held in memory (file name to text), with the real
 * Office.js typings and the DOM library; the sources may declare what they need
 * (`declare const range: Excel.Range; declare function supportsExcelApi(v: string): boolean;`).
 * Files with an `export` are modules, so several may declare the same names.
 */
export function snippetScan(sources: Readonly<Record<string, string>>): Scan {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const files = Object.keys(sources).map((name) => `${SNIPPETS}/${name}`);
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseNone;
  const own = (name: string) =>
    name.startsWith(`${SNIPPETS}/`) ? sources[name.slice(SNIPPETS.length + 1)] : undefined;
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => own(name) !== undefined || fileExists(name);
  host.readFile = (name) => own(name) ?? readFile(name);
  host.getSourceFile = (name, version, ...rest) => {
    const text = own(name);
    if (text !== undefined) return ts.createSourceFile(name, text, version, true);
    if (!parsed.has(name)) {
      const file = getSourceFile(name, version, ...rest);
      if (!file) return undefined;
      parsed.set(name, file);
    }
    return parsed.get(name);
  };
  const program = ts.createProgram({ rootNames: [...files, OFFICE_TYPES], options, host });
  return { program, root: SNIPPETS, files };
}

/** Whether a declaration is in the Office.js typings. */
function inOfficeTypes(decl: ts.Declaration): boolean {
  return resolve(decl.getSourceFile().fileName) === OFFICE_TYPES;
}

/** The documentation comment right before a declaration (for a variable, before its statement). */
function commentOf(decl: ts.Node): string {
  const at =
    ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent)
      ? decl.parent.parent
      : decl;
  const text = at.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(text, at.pos) ?? [];
  const last = ranges.at(-1);
  return last ? text.slice(last.pos, last.end) : "";
}

/** The note of a declaration, or of the class, interface or enum around it when it has none. */
function noteOf(decl: ts.Declaration): { note: ApiNote; inherited: boolean } | undefined {
  const own = parseApiNote(commentOf(decl));
  if (own) return { note: own, inherited: false };
  for (let p: ts.Node | undefined = decl.parent; p && !ts.isModuleBlock(p); p = p.parent) {
    if (ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isEnumDeclaration(p)) {
      const outer = parseApiNote(commentOf(p));
      return outer ? { note: outer, inherited: true } : undefined;
    }
  }
  return undefined;
}

/** The property `name` of `type`, or of one of its union members. */
function propertyOf(checker: ts.TypeChecker, type: ts.Type, name: string): ts.Symbol | undefined {
  const t = checker.getNonNullableType(type);
  for (const part of t.isUnion() ? t.types : [t]) {
    const p = checker.getPropertyOfType(part, name);
    if (p) return p;
  }
  return undefined;
}

/** The type a `.load` path steps into: the property's type, or its element type when an array. */
function stepInto(checker: ts.TypeChecker, property: ts.Symbol): ts.Type {
  const t = checker.getNonNullableType(checker.getTypeOfSymbol(property));
  return checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t;
}

/** The text of a property name in an object literal, when it is static. */
function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)
    ? name.text
    : undefined;
}

/** Whether `node` is the target of an assignment (`x.y = …`, `x.y += …`). */
function isWritten(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

/** Scans a Program's files for uses of Office.js members (see the module's comment). */
export function apiUses(scan: Scan): ApiReport {
  const checker = scan.program.getTypeChecker();
  const uses: ApiUse[] = [];
  const problems: string[] = [];
  const unchecked: string[] = [];
  let file: ts.SourceFile;
  const position = (node: ts.Node) => ({
    file: relative(scan.root, file.fileName).split("\\").join("/"),
    line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
  });
  const where = (node: ts.Node) => {
    const { file, line } = position(node);
    return `${file}:${line}`;
  };

  /** Records a use of `symbol` at `node`, guarded by what guards `anchor`. */
  const record = (
    symbol: ts.Symbol | undefined,
    node: ts.Node,
    anchor: ts.Node,
    via: ApiUse["via"],
    more: { declaration?: ts.Declaration; write?: boolean; guards?: SetVersion[] } = {}
  ) => {
    if (!symbol) return;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decls = more.declaration
      ? [more.declaration]
      : (symbol.declarations ?? []).filter((d) => inOfficeTypes(d));
    if (decls.length === 0) return;
    const write = more.write ?? false;
    // Of several declarations (overloads, a union's members), the one that needs most.
    let best: { needs: SetVersion; note: string; inherited: boolean } | undefined;
    for (const d of decls) {
      const found = noteOf(d);
      if (!found) continue;
      const { note, inherited } = found;
      const version = write && note.setterVersion ? note.setterVersion : note.version;
      if (!best || compareVersions(version, best.needs.version) > 0)
        best = { needs: { set: note.set, version }, note: note.text, inherited };
    }
    const guards = [...guardsAt(anchor), ...(more.guards ?? [])];
    uses.push({
      ...position(node),
      member: checker.getFullyQualifiedName(symbol),
      via,
      write,
      needs: best?.needs,
      note: best?.note,
      inherited: best?.inherited ?? false,
      guards,
      guarded: best !== undefined && covers(guards, best.needs),
    });
  };

  /** The declaration of the overload a call resolved to, when it is in the Office.js typings. */
  const calledDeclaration = (call: ts.CallExpression): ts.Declaration | undefined => {
    const decl = checker.getResolvedSignature(call)?.declaration;
    return decl && !ts.isJSDocSignature(decl) && inOfficeTypes(decl) ? decl : undefined;
  };

  /** Records the properties of an options object given for `type`, recursing into nested objects. */
  const options = (literal: ts.ObjectLiteralExpression, type: ts.Type, anchor: ts.Node) => {
    for (const p of literal.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      const name = propertyName(p.name);
      const symbol = name === undefined ? undefined : propertyOf(checker, type, name);
      if (!symbol) continue;
      record(symbol, p.name, anchor, "option");
      const value = ts.isPropertyAssignment(p) ? skipAssertions(p.initializer) : undefined;
      if (value && ts.isObjectLiteralExpression(value))
        options(value, checker.getTypeOfSymbol(symbol), anchor);
    }
  };

  /**
   * The strings an expression may be: its literal type's values; for a parameter of
   * a function of this file that is not exported, the literals its calls here pass.
   */
  const stringsOf = (e: ts.Expression): { text: string; node: ts.Node }[] | undefined => {
    const t = checker.getTypeAtLocation(e);
    const parts = t.isUnion() ? t.types : [t];
    if (parts.every((p) => p.isStringLiteral()))
      return parts.map((p) => ({ text: (p as ts.StringLiteralType).value, node: e }));
    const param = ts.isIdentifier(e) ? checker.getSymbolAtLocation(e)?.valueDeclaration : undefined;
    if (!param || !ts.isParameter(param) || !ts.isFunctionDeclaration(param.parent)) return;
    const fn = param.parent;
    if (!fn.name || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Export) return;
    const index = fn.parameters.indexOf(param);
    const target = checker.getSymbolAtLocation(fn.name);
    const found: { text: string; node: ts.Node }[] = [];
    let complete = true;
    const calls = (n: ts.Node): void => {
      if (
        ts.isCallExpression(n) &&
        ts.isIdentifier(n.expression) &&
        checker.getSymbolAtLocation(n.expression) === target
      ) {
        const arg = n.arguments[index];
        const t = arg && checker.getTypeAtLocation(arg);
        const values = t && (t.isUnion() ? t.types : [t]);
        if (values && values.every((v) => v.isStringLiteral()))
          values.forEach((v) => found.push({ text: (v as ts.StringLiteralType).value, node: arg }));
        else complete = false;
      } else if (ts.isIdentifier(n) && n !== fn.name && checker.getSymbolAtLocation(n) === target) {
        const p = n.parent;
        if (!(ts.isCallExpression(p) && p.expression === n)) complete = false; // passed on: callers unknown
      }
      ts.forEachChild(n, calls);
    };
    calls(file);
    return complete && found.length > 0 ? found : undefined;
  };

  /** A `.load(…)` call on an Office object: looks each named property up on the loaded type. */
  const load = (call: ts.CallExpression, receiver: ts.Expression) => {
    const arg = call.arguments[0];
    if (!arg || ts.isObjectLiteralExpression(arg)) return; // nothing, or options (seen as such)
    const type = checker.getTypeAtLocation(receiver);
    const strings = ts.isArrayLiteralExpression(arg)
      ? arg.elements
          .map(stringsOf)
          .reduce<{ text: string; node: ts.Node }[] | undefined>(
            (all, some) => (all && some ? [...all, ...some] : undefined),
            []
          )
      : stringsOf(arg);
    if (!strings) {
      unchecked.push(
        `${where(arg)} ${checker.typeToString(type)}.load(${arg.getText(file)}): not a literal`
      );
      return;
    }
    for (const { text, node } of strings) {
      // A string passed in from a call elsewhere in the file is also behind that call's guards.
      const guards = node === arg ? [] : guardsAt(node);
      for (const path of text.split(",").map((s) => s.trim())) {
        let at = type;
        for (const step of path.split("/")) {
          const property = propertyOf(checker, at, step);
          if (!property) {
            problems.push(
              `${where(node)} load("${text}"): ${checker.typeToString(at)} has no property ${step}`
            );
            break;
          }
          record(property, node, call, "load", { guards });
          at = stepInto(checker, property);
        }
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const parent = node.parent;
      const call = ts.isCallExpression(parent) && parent.expression === node ? parent : undefined;
      const declaration = call && calledDeclaration(call);
      record(checker.getSymbolAtLocation(node.name), node.name, node, "code", {
        declaration,
        write: isWritten(node),
      });
      if (call && node.name.text === "load" && declaration) load(call, node.expression);
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression)
    ) {
      record(
        checker.getSymbolAtLocation(node.argumentExpression),
        node.argumentExpression,
        node,
        "code",
        { write: isWritten(node) }
      );
    } else if (ts.isObjectLiteralExpression(node)) {
      const type = checker.getContextualType(node);
      if (type)
        for (const p of node.properties) {
          const name = p.name && propertyName(p.name);
          if (name !== undefined && p.name)
            record(propertyOf(checker, type, name), p.name, node, "option");
        }
    } else if (ts.isObjectBindingPattern(node)) {
      const type = checker.getTypeAtLocation(node);
      for (const e of node.elements) {
        const name = e.propertyName ?? e.name;
        const text = ts.isIdentifier(name)
          ? name.text
          : ts.isStringLiteralLike(name)
            ? name.text
            : undefined;
        if (text !== undefined) record(propertyOf(checker, type, text), name, node, "code");
      }
    }
    if (ts.isCallExpression(node)) {
      // An options object declared as an unannotated constant and passed to an Office method.
      const signature = calledDeclaration(node) && checker.getResolvedSignature(node);
      node.arguments.forEach((arg, i) => {
        const parameter = signature && signature.parameters[i];
        const literal = parameter && ts.isIdentifier(arg) && constantObject(checker, arg);
        if (literal) options(literal, checker.getTypeOfSymbol(parameter), node);
      });
    }
    ts.forEachChild(node, visit);
  };

  for (const name of scan.files) {
    const source = scan.program.getSourceFile(name);
    if (!source) throw new Error(`not in the program: ${name}`);
    file = source;
    visit(source);
  }
  uses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { uses, problems, unchecked };
}

/** An expression without `as …`, `satisfies …` and parentheses around it. */
function skipAssertions(e: ts.Expression): ts.Expression {
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e))
    e = e.expression;
  return e;
}

/** The object literal an identifier names, when it is a constant declared without a type. */
function constantObject(
  checker: ts.TypeChecker,
  id: ts.Identifier
): ts.ObjectLiteralExpression | undefined {
  const decl = checker.getSymbolAtLocation(id)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.type || !decl.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return undefined;
  const value = skipAssertions(decl.initializer);
  return ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** Whether a use needs nothing the manifest's requirement sets (set name to MinVersion) do not give, or is guarded. */
export function coveredBy(use: ApiUse, declared: ReadonlyMap<string, string>): boolean {
  if (!use.needs || use.needs.set === "" || use.guarded) return true;
  const min = declared.get(use.needs.set);
  return (
    declarable(use.needs.set) && min !== undefined && compareVersions(min, use.needs.version) >= 0
  );
}

/** What the unguarded uses need: per requirement set, the highest version, and the members needing it. */
export function requirements(uses: readonly ApiUse[]): Requirement[] {
  const bySet = new Map<string, { version: string; members: Set<string> }>();
  for (const u of uses) {
    if (!u.needs || u.needs.set === "" || u.guarded) continue;
    const { set, version } = u.needs;
    const seen = bySet.get(set);
    const d = seen ? compareVersions(version, seen.version) : 1;
    if (d > 0) bySet.set(set, { version, members: new Set([u.member]) });
    else if (d === 0) seen!.members.add(u.member);
  }
  return [...bySet].map(([set, { version, members }]) => ({
    set,
    version,
    declarable: declarable(set),
    members: [...members].sort(),
  }));
}

/** A use as `file:line member [Api set: ExcelApi 1.13]` (with `(write)`, `(load)`, `(option)` and guards). */
export function formatUse(use: ApiUse): string {
  const how = [use.write ? "write" : "", use.via === "code" ? "" : use.via].filter(Boolean);
  const guards = use.guards.map((g) => `${g.set} ${g.version}`);
  return [
    `${use.file}:${use.line} ${use.member}`,
    how.length ? `(${how.join(", ")})` : "",
    `[Api set: ${use.needs ? `${use.needs.set} ${use.needs.version}` : "none"}${use.inherited ? ", from its type" : ""}]`,
    guards.length ? `behind ${guards.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
