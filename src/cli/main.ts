#!/usr/bin/env node
/**
 * `lkjip`: the checker and the sample on the command line, for machines without
 * Excel and for checking many reports at once. Each command is loaded only when
 * it runs, so that help and the version come at once.
 */
import { ParsedArgs, parseArgs } from "./args";
import { Command, commandHelp, generalHelp, isCommand } from "./help";
import { CliIo, PROCESS_IO } from "./io";
import { packageVersion } from "./version";

/** A command's module: its bundle with its code cache where the build made them (see code-cache). */
async function command<T>(name: Command, fallback: () => Promise<T>): Promise<T> {
  return (await import("./code-cache")).loadCommand(__dirname, name, fallback);
}

const RUN: Record<Command, (args: ParsedArgs, io: CliIo) => Promise<number>> = {
  periksa: async (args, io) =>
    (await command("periksa", () => import("./periksa"))).periksa(args, io),
  isi: async (args, io) => (await command("isi", () => import("./isi"))).isi(args, io),
  contoh: async (args, io) => (await command("contoh", () => import("./contoh"))).contoh(args, io),
  aturan: async (args, io) => (await command("aturan", () => import("./aturan"))).aturan(args, io),
};

function unknownCommand(name: string, io: CliIo): number {
  io.err(`Perintah "${name}" tidak dikenal.\n\n${generalHelp()}`);
  return 2;
}

/** `lkjip bantuan [PERINTAH]`: the general help, or one command's. */
function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) io.out(generalHelp());
  else if (isCommand(topic)) io.out(commandHelp(topic));
  else return unknownCommand(topic, io);
  return 0;
}

/** Runs the CLI with the given arguments; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const args = parseArgs(argv);
  const asked = args.options.has("help") || args.options.has("h");
  if (args.options.has("version") || args.options.has("v")) {
    io.out(`lkjip ${packageVersion()}`);
    return 0;
  }
  if (args.command === "bantuan" || args.command === "help") return help(args.files[0], io);
  if (args.command === undefined) {
    io.out(generalHelp());
    return asked ? 0 : 2;
  }
  if (!isCommand(args.command)) return unknownCommand(args.command, io);
  if (asked) return help(args.command, io);
  return RUN[args.command](args, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`Kesalahan tak terduga: ${(error as Error).message}\n`);
      process.exitCode = 2;
    }
  );
}
