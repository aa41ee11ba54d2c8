import * as React from "react";
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { Strings } from "../i18n/strings";
import { Progress } from "../useAsisten";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** How far along each stage puts the bar; the rules share what is left after reading. */
const STAGE_VALUE = { membaca: 0.05, menyusun: 0.15, mengisi: 0.3, menulis: 0.6, grafik: 0.9 };

/** The bar's value from 0 to 1. */
export function progressValue(progress: Progress): number {
  return progress.stage === "aturan"
    ? 0.2 + (0.8 * progress.done) / Math.max(1, progress.total)
    : STAGE_VALUE[progress.stage];
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
    progress.stage === "aturan"
      ? t.aturanKe(progress.done, progress.total)
      : t.tahap[progress.stage];
  const stoppable = progress.stage !== "menulis" && progress.stage !== "grafik";
  return (
    <div className={styles.row} role="status">
      <Field className={styles.bar} validationMessage={label} validationState="none">
        <ProgressBar value={progressValue(progress)} max={1} aria-label={label} />
      </Field>
      {stoppable && (
        <Button size="small" onClick={onStop}>
          {t.hentikan}
        </Button>
      )}
    </div>
  );
}
