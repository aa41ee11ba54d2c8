import * as React from "react";
import { makeStyles, Switch, tokens } from "@fluentui/react-components";
import { Rule } from "../../engine/rules";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Props of {@link RuleSwitches}. */
export interface RuleSwitchesProps {
  readonly rules: readonly Rule[];
  readonly disabled: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onChange: (rule: string, on: boolean) => void;
}

/** One switch per rule; a change is stored in the workbook's Pengaturan sheet. */
export function RuleSwitches({
  rules,
  disabled,
  busy,
  onChange,
}: RuleSwitchesProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {rules.map((r) => (
        <Switch
          key={r.id}
          label={`${r.id}: ${r.title}`}
          checked={!disabled.has(r.id)}
          disabled={busy}
          onChange={(_, d) => onChange(r.id, d.checked)}
        />
      ))}
    </div>
  );
}
