/**
 * Parsing the command line: `lkjip PERINTAH [BERKAS…] [--opsi nilai]`.
 */

/** A parsed command line. */
export interface ParsedArgs {
  readonly command?: string;
  readonly files: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

const WITH_VALUE = new Set(["format", "aturan", "o", "output", "keluaran"]);

/** Splits argv (without node and the script) into command, files and options. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  const options = new Map<string, string | true>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(arg);
    if (m && arg !== "-") {
      const name = m[1];
      if (m[2] !== undefined) options.set(name, m[2]);
      else if (WITH_VALUE.has(name) && i + 1 < argv.length) options.set(name, argv[++i]);
      else options.set(name, true);
    } else if (command === undefined) command = arg;
    else files.push(arg);
  }
  return { command, files, options };
}
