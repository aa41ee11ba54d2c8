/**
 * The pane's logic: check, fill and export through a workbook host, show how far
 * a long run has come, mark the findings' cells, and notice when the workbook
 * changes after a check.
 */
import * as React from "react";
import { checkSteps, CheckResult } from "../engine/check/run";
import { findingsSheet } from "../engine/check/findings-sheet";
import { fillSteps, FillResult } from "../engine/fill/generate";
import { chartsFor } from "../engine/fill/charts";
import { readReportSteps } from "../engine/read/report";
import { PK_RULES } from "../engine/rules";
import { parseSheetCell } from "../engine/workbook/address";
import { HighlightResult, WorkbookHost } from "./host/workbook-host";
import { Finding } from "../engine/finding";
import { SettingLine, withSettingLine } from "../engine/read/settings-sheet";
import { nextTurn, runSteps, Stopped } from "./steps";
import { useHighlights } from "./useHighlights";

/** Where a long run is: a stage, and for the rules how many of how many. */
export type Progress =
  | { readonly stage: "membaca" | "menulis" | "grafik" }
  | { readonly stage: CountedStage; readonly done: number; readonly total: number };

/** The stages that count their steps: sheets read, rules run, tables built. */
export type CountedStage = "menyusun" | "aturan" | "mengisi";

/** What the pane shows. */
export interface AsistenState {
  readonly busy?: "periksa" | "isi";
  readonly progress?: Progress;
  readonly result?: CheckResult;
  readonly fill?: FillResult;
  readonly stale: boolean;
  readonly error?: string;
  /** The last run was stopped by the user; the results shown are the earlier ones. */
  readonly stopped?: boolean;
  /** A fill that would replace edited sheets, waiting for the user's answer. */
  readonly pendingOverwrite?: boolean;
  /** Whether the findings' cells are marked in the workbook. */
  readonly sorot: boolean;
  /** The finding chosen last, whose related cells are marked. */
  readonly focus?: Finding;
  /** Sheets whose findings could not be marked (Excel could not search their marks). */
  readonly unmarked?: readonly string[];
}

/** The pane's actions. */
export interface AsistenActions {
  periksa(onlyPk: boolean): Promise<void>;
  isi(overwrite: boolean): Promise<void>;
  /** Fills without replacing the edited sheets. */
  keepEdited(): Promise<void>;
  /** Stops the running check or fill at its next step (before anything is written). */
  stop(): void;
  /** Ignores one finding with a reason, stored in the workbook, then checks again. */
  abaikan(finding: Finding, alasan: string): Promise<void>;
  /** Switches a rule on or off in the workbook, then checks again. */
  setRule(rule: string, on: boolean): Promise<void>;
  /** Takes the user to a finding's cell and marks its related cells. */
  select(finding: Finding): Promise<void>;
  /** Takes the user to a sheet-qualified cell (`'Tabel 3.4'!E5`). */
  selectRef(ref: string): Promise<void>;
  /** Turns the marks in the workbook on or off. */
  setSorot(on: boolean): void;
  ekspor(): Promise<void>;
}

const PK_IDS = PK_RULES.map((r) => r.id);

/** State and actions of the pane over a host. */
export function useAsisten(host: WorkbookHost): [AsistenState, AsistenActions] {
  const [state, setState] = React.useState<AsistenState>({ stale: false, sorot: true });
  const stopRequested = React.useRef(false);
  React.useEffect(
    () =>
      host.onChanged(() => {
        setState((s) => (s.result ? { ...s, stale: true } : s));
      }),
    [host]
  );
  const fail = (error: unknown) =>
    setState((s) => ({
      ...s,
      busy: undefined,
      progress: undefined,
      stopped: error instanceof Stopped || undefined,
      error: error instanceof Stopped ? undefined : errorText(error),
    }));
  /** A failure beside a run (marking cells): said, without ending the run. */
  const warn = (error: unknown) => setState((s) => ({ ...s, error: errorText(error) }));
  const drawn = ({ skipped }: HighlightResult) =>
    setState((s) => ({ ...s, unmarked: skipped.length ? skipped : undefined }));
  useHighlights(host, state.result?.findings, state.sorot, state.focus, warn, drawn);
  /** Shows a stage and lets the browser paint it; throws if the user stopped. */
  const reach = async (progress: Progress) => {
    setState((s) => ({ ...s, progress }));
    await nextTurn();
    if (stopRequested.current) throw new Stopped();
  };
  /** Shows the steps of a stage as they are reported. */
  const show =
    (stage: CountedStage) =>
    ({ done, total }: { done: number; total: number }) =>
      setState((s) => ({ ...s, progress: { stage, done, total } }));
  const stopped = () => stopRequested.current;
  const begin = (busy: "periksa" | "isi") => {
    stopRequested.current = false;
    setState((s) => ({ ...s, busy, error: undefined, stopped: undefined }));
  };

  /** Writes the generated sheets (not the edited ones kept as they are), the registry and the charts. */
  const writeFill = async (fill: FillResult) => {
    const kept = new Set(fill.kept.map((k) => k.sheet));
    const names = new Set([
      ...fill.generated.map((g) => g.sheet).filter((n) => !kept.has(n)),
      "LKJIP_Isi",
    ]);
    setState((s) => ({ ...s, progress: { stage: "menulis" } }));
    await host.writeSheets(fill.workbook.sheets.filter((s) => names.has(s.name)));
    setState((s) => ({ ...s, progress: { stage: "grafik" } }));
    await host.addCharts?.(chartsFor(fill));
  };

  const periksa = async (onlyPk: boolean) => {
    begin("periksa");
    try {
      await reach({ stage: "membaca" });
      const workbook = await host.readWorkbook();
      await reach({ stage: "menyusun", done: 0, total: workbook.sheets.length });
      const model = await runSteps(readReportSteps(workbook), show("menyusun"), stopped);
      const options = onlyPk ? { rules: PK_IDS } : {};
      const result = await runSteps(checkSteps(model, options), show("aturan"), stopped);
      setState((s) => ({
        ...s,
        busy: undefined,
        progress: undefined,
        result,
        stale: false,
        focus: undefined,
      }));
    } catch (e) {
      fail(e);
    }
  };

  const isi = async (overwrite: boolean) => {
    begin("isi");
    setState((s) => ({ ...s, pendingOverwrite: false }));
    try {
      await reach({ stage: "membaca" });
      const workbook = await host.readWorkbook();
      await reach({ stage: "menyusun", done: 0, total: workbook.sheets.length });
      const fill = await runSteps(
        fillSteps(workbook, { overwrite }),
        (p) => show(p.stage === "tabel" ? "mengisi" : "menyusun")(p),
        stopped
      );
      if (fill.kept.length && !overwrite) {
        setState((s) => ({
          ...s,
          busy: undefined,
          progress: undefined,
          fill,
          pendingOverwrite: true,
        }));
        return;
      }
      await reach({ stage: "menulis" });
      await writeFill(fill);
      setState((s) => ({
        ...s,
        busy: undefined,
        progress: undefined,
        fill,
        stale: s.result !== undefined,
      }));
    } catch (e) {
      fail(e);
    }
  };

  const saveSetting = async (line: SettingLine, remove: boolean) => {
    try {
      const sheet = withSettingLine(await host.readWorkbook(), line, remove);
      await host.writeSheets([sheet]);
      await periksa(false);
    } catch (e) {
      fail(e);
    }
  };

  return [
    state,
    {
      periksa,
      isi,
      keepEdited: async () => {
        if (!state.fill) return;
        setState((s) => ({ ...s, pendingOverwrite: false, busy: "isi" }));
        await writeFill(state.fill)
          .then(() => setState((s) => ({ ...s, busy: undefined, progress: undefined })))
          .catch(fail);
      },
      stop: () => {
        stopRequested.current = true;
      },
      select: (finding) => {
        setState((s) => ({ ...s, focus: finding }));
        return host.selectCell(finding.sheet, finding.cell).catch(fail);
      },
      selectRef: async (ref) => {
        const at = parseSheetCell(ref);
        if (at) await host.selectCell(at.sheet, at.cell).catch(fail);
      },
      setSorot: (sorot) => setState((s) => ({ ...s, sorot })),
      ekspor: async () => {
        if (!state.result) return;
        await host.writeSheets([findingsSheet(state.result!)]).catch(fail);
      },
      abaikan: (f, alasan) =>
        saveSetting(
          { jenis: "Abaikan", aturan: f.rule, lembar: f.sheet, sel: f.cell, alasan },
          false
        ),
      setRule: (rule, on) => saveSetting({ jenis: "Nonaktif", aturan: rule }, on),
    },
  ];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
