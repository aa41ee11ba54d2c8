import * as React from "react";
import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  bantuan: { marginLeft: "auto" },
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

/** The pane's commands, disabled while one runs, and the help page in a new window. */
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
      <Link className={styles.bantuan} href="bantuan.html" target="_blank" rel="noopener">
        {t.bantuan}
      </Link>
    </div>
  );
}
