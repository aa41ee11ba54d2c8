import * as React from "react";
import { Button, Caption1, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { Strings } from "../i18n/strings";
import { CountedStage, Progress } from "../useAsisten";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** Where each stage starts on the bar; stages with steps fill up to the next one. */
const STAGE_START = {
  membaca: 0,
  menyusun: 0.05,
  aturan: 0.3,
  mengisi: 0.3,
  menulis: 0.6,
  grafik: 0.9,
};
const STAGE_END = { menyusun: 0.3, aturan: 1, mengisi: 0.6 };

/** The text of each counted stage. */
const COUNTED: Record<CountedStage, (t: Strings) => (done: number, total: number) => string> = {
  menyusun: (t) => t.lembarKe,
  aturan: (t) => t.aturanKe,
  mengisi: (t) => t.tabelKe,
};

/** The bar's value from 0 to 1. */
export function progressValue(progress: Progress): number {
  const start = STAGE_START[progress.stage];
  if (!("done" in progress)) return start;
  const share = progress.done / Math.max(1, progress.total);
  return start + (STAGE_END[progress.stage] - start) * share;
}

/** Props of {@link RunProgress}. */
export interface RunProgressProps {
  readonly t: Strings;
  readonly progress: Progress;
  readonly onStop: () => void;
}

/** A long run's progress bar with what it is doing now, and a Stop button until it writes. */
export function RunProgress({ t, progress, onStop }: RunProgressProps): React.JSX.Element {
  const styles = useStyles();
  const label =
    "done" in progress
      ? COUNTED[progress.stage](t)(progress.done, progress.total)
      : t.tahap[progress.stage];
  const stoppable = progress.stage !== "menulis" && progress.stage !== "grafik";
  return (
    <div className={styles.root} role="status">
      <div className={styles.row}>
        <ProgressBar
          className={styles.bar}
          value={progressValue(progress)}
          max={1}
          aria-label={label}
        />
        {stoppable && (
          <Button size="small" onClick={onStop}>
            {t.hentikan}
          </Button>
        )}
      </div>
      <Caption1>{label}</Caption1>
    </div>
  );
}
