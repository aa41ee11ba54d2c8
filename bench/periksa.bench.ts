/**
 * `lkjip periksa` on each workload against a bare exceljs load of the same file,
 * both as whole processes (start-up included), alternated, medians; a budget
 * table at the reader's limit checked once; and, per family of workbooks, the
 * time per 1,000 rows of reading + checking inside one process, which stays flat
 * when the checker is linear.
 */
import { execFileSync } from "child_process";
import { join } from "path";
import { BenchRow } from "./measure";
import { alternate, compiledCli, ProcessRun, runNode } from "./process-run";
import { LIMIT_WORKLOAD, Workload, WORKLOADS, writeWorkloads } from "./workloads";

const ROOT = join(__dirname, "..");
const LOAD = join(__dirname, "load-exceljs.cjs");

/** Rows read, milliseconds of read + check, and findings, from bench/check-child.ts. */
interface InProcess {
  readonly rows: number;
  readonly ms: number;
  readonly findings: number;
}

/** A workload measured in one process. */
interface Measured extends InProcess {
  readonly workload: Workload;
}

function inProcess(file: string): InProcess {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "check-child.ts"), file],
    { encoding: "utf8", cwd: ROOT }
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as InProcess;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (x: number) => `${x.toFixed(2)}×`;

function periksaRow(
  label: string,
  periksa: ProcessRun,
  load: ProcessRun,
  findings: number
): BenchRow {
  const time = periksa.ms / load.ms;
  const memory = periksa.peakMb / load.peakMb;
  return {
    name: `lkjip periksa ${label}, dibanding hanya memuat berkas dengan exceljs (proses utuh)`,
    figure:
      `${ratio(time)} waktu, ${ratio(memory)} memori ` +
      `(${seconds(periksa.ms)}, ${periksa.peakMb.toFixed(0)} MB / ` +
      `${seconds(load.ms)}, ${load.peakMb.toFixed(0)} MB; ${findings} temuan)`,
    goal: "≤ 1,0× waktu dan memori",
    met: time <= 1 && memory <= 1,
  };
}

/** Time per 1,000 rows across the workbooks of one family, which stays flat when the checker is linear. */
function perRowsRow(family: string, measured: readonly Measured[]): BenchRow {
  const members = measured.filter((m) => m.workload.family === family);
  const perK = members.map((m) => (m.ms / m.rows) * 1000);
  const spread = Math.max(...perK) / Math.min(...perK);
  return {
    name: `baca + periksa per 1.000 baris dalam satu proses, ${family}: ${members.map((m) => m.workload.label).join(" / ")}`,
    figure: `${perK.map((x) => x.toFixed(1)).join(" / ")} ms; terbesar / terkecil ${ratio(spread)}`,
    goal: "≤ 1,25×",
    met: spread <= 1.25,
  };
}

/** One run of the CLI on the reader's limit: it must finish, with its time and memory. */
function limitRow(cli: string, file: string, measured: Measured[]): BenchRow {
  const row = { name: `lkjip periksa ${LIMIT_WORKLOAD.label}`, goal: "selesai" };
  try {
    const one = inProcess(file);
    measured.push({ ...one, workload: LIMIT_WORKLOAD });
    const run = runNode([cli, "periksa", file, "--format", "json"], 1);
    const figure = `${one.rows} baris: ${seconds(run.ms)}, ${run.peakMb.toFixed(0)} MB; ${one.findings} temuan`;
    return { ...row, figure, met: true };
  } catch (error) {
    return { ...row, figure: `gagal: ${String(error).slice(0, 200)}`, met: false };
  }
}

/**
 * Builds the CLI from the current source, writes the workloads, measures; returns
 * the rows. The reader's limit is written first, with the others, so that no
 * measurement runs while this process still collects the garbage of building and
 * writing 300,000 rows (that made its time per 1,000 rows a third higher).
 */
export async function benchPeriksa(): Promise<BenchRow[]> {
  const cli = compiledCli();
  const [limitFile, ...files] = await writeWorkloads([LIMIT_WORKLOAD, ...WORKLOADS]);
  const rows: BenchRow[] = [];
  const measured: Measured[] = [];
  for (const [i, file] of files.entries()) {
    const one = inProcess(file);
    measured.push({ ...one, workload: WORKLOADS[i] });
    const rounds = one.rows < 50_000 ? 5 : 3;
    const [periksa, load] = alternate(
      rounds,
      () => runNode([cli, "periksa", file, "--format", "json"], 1),
      () => runNode([LOAD, file])
    );
    rows.push(periksaRow(WORKLOADS[i].label, periksa, load, one.findings));
  }
  rows.push(limitRow(cli, limitFile, measured));
  const families = [...new Set(measured.map((m) => m.workload.family))];
  for (const family of families) rows.push(perRowsRow(family, measured));
  return rows;
}
