#!/usr/bin/env node
/**
 * `lkjip`: the checker and the sample on the command line, for machines without
 * Excel and for checking many reports at once.
 */
import { parseArgs } from "./args";
import { contoh } from "./contoh";
import { CliIo, PROCESS_IO } from "./io";
import { periksa } from "./periksa";
import { isi } from "./isi";

const HELP = `Asisten LKjIP — pemeriksa laporan kinerja

Pemakaian:
  lkjip periksa BERKAS.xlsx... [--format teks|json] [--aturan ATURAN,...] [--jelaskan]
  lkjip isi BERKAS.xlsx -o KELUARAN.xlsx [--timpa]
  lkjip contoh -o BERKAS.xlsx

--jelaskan: per tabel, peran tiap kolom dan hubungan antarkolom yang disimpulkan dari angkanya.
Status keluar periksa: 0 tanpa galat, 1 ada temuan galat, 2 ada berkas yang tidak dapat dibaca.
Status keluar isi: 0 semua tabel diisi, 1 ada tabel yang tidak diisi, 2 berkas tidak dapat dibaca/ditulis.`;

/** Runs the CLI with the given arguments; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case "periksa":
      return periksa(args, io);
    case "contoh":
      return contoh(args, io);
    case "isi":
      return isi(args, io);
    case undefined:
    case "bantuan":
    case "help":
      io.out(HELP);
      return args.command === undefined && !args.options.has("help") && !args.options.has("h")
        ? 2
        : 0;
    default:
      io.err(`Perintah "${args.command}" tidak dikenal.\n\n${HELP}`);
      return 2;
  }
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
