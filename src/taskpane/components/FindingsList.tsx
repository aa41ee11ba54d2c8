import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Finding, Severity } from "../../engine/finding";
import { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    listStyleType: "none",
    padding: 0,
    margin: 0,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3 },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Props of {@link FindingsList}. */
export interface FindingsListProps {
  readonly t: Strings;
  readonly findings: readonly Finding[];
  /** The finding chosen last: shown as current, its related cells marked. */
  readonly focus?: Finding;
  readonly onSelect: (finding: Finding) => void;
  /** Takes the user to a related cell (`'Tabel 2.4'!E4`). */
  readonly onSelectRef: (ref: string) => void;
  readonly onIgnore: (finding: Finding) => void;
}

function groups(findings: readonly Finding[]): [string, Finding[]][] {
  const byTable = new Map<string, Finding[]>();
  for (const f of findings)
    byTable.set(`${f.table} — ${f.sheet}`, [...(byTable.get(`${f.table} — ${f.sheet}`) ?? []), f]);
  return [...byTable.entries()].map(([k, fs]) => [
    k,
    [...fs].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]),
  ]);
}

/**
 * Findings grouped by table, errors first; a finding's cell link selects it in the
 * workbook (and marks its related cells), each related cell is a link too.
 */
export function FindingsList({
  t,
  findings,
  focus,
  onSelect,
  onSelectRef,
  onIgnore,
}: FindingsListProps): React.JSX.Element {
  const styles = useStyles();
  const label = { error: t.galat, warning: t.peringatan, info: t.info };
  return (
    <Accordion multiple collapsible defaultOpenItems={groups(findings).map(([k]) => k)}>
      {groups(findings).map(([table, items]) => (
        <AccordionItem key={table} value={table}>
          <AccordionHeader>
            {table} ({items.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {items.map((f) => (
                <li key={`${f.rule}|${f.sheet}|${f.cell}`} className={styles.item}>
                  <div>
                    <Badge color={COLOR[f.severity]} appearance="filled">
                      {label[f.severity]}
                    </Badge>{" "}
                    <Link
                      onClick={() => onSelect(f)}
                      aria-label={`${f.sheet}!${f.cell}: ${f.message}`}
                      aria-current={f === focus || undefined}
                    >
                      {f.sheet}!{f.cell}
                    </Link>{" "}
                    <Caption1>{f.rule}</Caption1>{" "}
                    <Button
                      size="small"
                      appearance="transparent"
                      onClick={() => onIgnore(f)}
                      aria-label={`${t.abaikan} ${f.sheet}!${f.cell} ${f.rule}`}
                    >
                      {t.abaikan}
                    </Button>
                  </div>
                  <Body1>{f.message}</Body1>
                  {(f.expected || f.actual) && (
                    <Caption1 className={styles.detail}>
                      {t.seharusnya}: {f.expected || "-"} · {t.tertulis}: {f.actual || "-"}
                    </Caption1>
                  )}
                  {f.related.length > 0 && (
                    <Caption1 className={styles.detail}>
                      {t.terkait}:{" "}
                      {f.related.slice(0, 6).map((ref, i) => (
                        <React.Fragment key={ref}>
                          {i > 0 && ", "}
                          <Link onClick={() => onSelectRef(ref)} aria-label={`${t.terkait} ${ref}`}>
                            {ref}
                          </Link>
                        </React.Fragment>
                      ))}
                    </Caption1>
                  )}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
