import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  readonly t: Strings;
  readonly busy?: "periksa" | "isi";
  readonly canExport: boolean;
  readonly onPeriksa: (onlyPk: boolean) => void;
  readonly onIsi: () => void;
  readonly onEkspor: () => void;
}

/** The pane's commands, disabled while one runs. */
export function Toolbar({
  t,
  busy,
  canExport,
  onPeriksa,
  onIsi,
  onEkspor,
}: ToolbarProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar" aria-label={t.title}>
      <Button appearance="primary" disabled={!!busy} onClick={() => onPeriksa(false)}>
        {t.periksaSemua}
      </Button>
      <Button disabled={!!busy} onClick={() => onPeriksa(true)}>
        {t.periksaPk}
      </Button>
      <Button disabled={!!busy} onClick={onIsi}>
        {t.isiTabel}
      </Button>
      <Button appearance="subtle" disabled={!!busy || !canExport} onClick={onEkspor}>
        {t.ekspor}
      </Button>
    </div>
  );
}
