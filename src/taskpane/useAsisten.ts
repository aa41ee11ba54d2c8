/**
 * The pane's logic: check, fill and export through a workbook host, and notice
 * when the workbook changes after a check.
 */
import * as React from "react";
import { checkWorkbook, CheckResult } from "../engine/check/run";
import { findingsSheet } from "../engine/check/findings-sheet";
import { fillWorkbook, FillResult } from "../engine/fill/generate";
import { chartsFor } from "../engine/fill/charts";
import { PK_RULES } from "../engine/rules";
import { WorkbookHost } from "./host/workbook-host";
import { Finding } from "../engine/check/finding";
import { SettingLine, withSettingLine } from "../engine/read/settings-sheet";

/** What the pane shows. */
export interface AsistenState {
  readonly busy?: "periksa" | "isi";
  readonly result?: CheckResult;
  readonly fill?: FillResult;
  readonly stale: boolean;
  readonly error?: string;
  /** A fill that would replace edited sheets, waiting for the user's answer. */
  readonly pendingOverwrite?: boolean;
}

/** The pane's actions. */
export interface AsistenActions {
  periksa(onlyPk: boolean): Promise<void>;
  isi(overwrite: boolean): Promise<void>;
  /** Fills without replacing the edited sheets. */
  keepEdited(): Promise<void>;
  /** Ignores one finding with a reason, stored in the workbook, then checks again. */
  abaikan(finding: Finding, alasan: string): Promise<void>;
  /** Switches a rule on or off in the workbook, then checks again. */
  setRule(rule: string, on: boolean): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  ekspor(): Promise<void>;
}

const PK_IDS = PK_RULES.map((r) => r.id);

/** State and actions of the pane over a host. */
export function useAsisten(host: WorkbookHost): [AsistenState, AsistenActions] {
  const [state, setState] = React.useState<AsistenState>({ stale: false });
  const writing = React.useRef(false);
  React.useEffect(
    () =>
      host.onChanged(() => {
        if (!writing.current) setState((s) => (s.result ? { ...s, stale: true } : s));
      }),
    [host]
  );
  const fail = (error: unknown) =>
    setState((s) => ({
      ...s,
      busy: undefined,
      error: error instanceof Error ? error.message : String(error),
    }));
  const write = async (run: () => Promise<void>) => {
    writing.current = true;
    try {
      await run();
    } finally {
      writing.current = false;
    }
  };

  /** Writes the generated sheets (not the edited ones kept as they are) and the registry. */
  const writeFill = (fill: FillResult) => {
    const kept = new Set(fill.kept.map((k) => k.sheet));
    const names = new Set([
      ...fill.generated.map((g) => g.sheet).filter((n) => !kept.has(n)),
      "LKJIP_Isi",
    ]);
    return write(async () => {
      await host.writeSheets(fill.workbook.sheets.filter((s) => names.has(s.name)));
      await host.addCharts?.(chartsFor(fill));
    });
  };

  const periksa = async (onlyPk: boolean) => {
    setState((s) => ({ ...s, busy: "periksa", error: undefined }));
    try {
      const result = checkWorkbook(await host.readWorkbook(), onlyPk ? { rules: PK_IDS } : {});
      setState((s) => ({ ...s, busy: undefined, result, stale: false }));
    } catch (e) {
      fail(e);
    }
  };

  const isi = async (overwrite: boolean) => {
    setState((s) => ({ ...s, busy: "isi", error: undefined, pendingOverwrite: false }));
    try {
      const fill = fillWorkbook(await host.readWorkbook(), { overwrite });
      if (fill.kept.length && !overwrite) {
        setState((s) => ({ ...s, busy: undefined, fill, pendingOverwrite: true }));
        return;
      }
      await writeFill(fill);
      setState((s) => ({ ...s, busy: undefined, fill, stale: s.result !== undefined }));
    } catch (e) {
      fail(e);
    }
  };

  const saveSetting = async (line: SettingLine, remove: boolean) => {
    try {
      const sheet = withSettingLine(await host.readWorkbook(), line, remove);
      await write(() => host.writeSheets([sheet]));
      await periksa(false);
    } catch (e) {
      fail(e);
    }
  };

  const ekspor = async () => {
    if (!state.result) return;
    try {
      await write(() => host.writeSheets([findingsSheet(state.result!)]));
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
        setState((s) => ({ ...s, pendingOverwrite: false }));
        await writeFill(state.fill).catch(fail);
      },
      select: (sheet, cell) => host.selectCell(sheet, cell).catch(fail),
      ekspor,
      abaikan: (f, alasan) =>
        saveSetting(
          { jenis: "Abaikan", aturan: f.rule, lembar: f.sheet, sel: f.cell, alasan },
          false
        ),
      setRule: (rule, on) => saveSetting({ jenis: "Nonaktif", aturan: rule }, on),
    },
  ];
}
