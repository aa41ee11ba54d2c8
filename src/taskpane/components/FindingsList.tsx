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
import { groupFindings, ruleTitle } from "./finding-groups";

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
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  ignore: { marginLeft: "auto" },
  rule: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3 },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

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

/**
 * Findings grouped by table, errors first, each with its rule's title; a finding's
 * cell link selects it in the workbook (and marks its related cells), each related
 * cell is a link too. The rule's id stays on the title's tooltip and Abaikan.
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
  const groups = groupFindings(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)}>
      {groups.map((group) => (
        <AccordionItem key={group.key} value={group.key}>
          <AccordionHeader>
            {group.heading} ({group.findings.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.map((f) => (
                <li key={`${f.rule}|${f.sheet}|${f.cell}`} className={styles.item}>
                  <div className={styles.head}>
                    <Badge color={COLOR[f.severity]} appearance="filled">
                      {label[f.severity]}
                    </Badge>
                    <Link
                      onClick={() => onSelect(f)}
                      aria-label={`${f.sheet}!${f.cell}: ${f.message}`}
                      aria-current={f === focus || undefined}
                    >
                      {f.sheet}!{f.cell}
                    </Link>
                    <Button
                      className={styles.ignore}
                      size="small"
                      appearance="transparent"
                      onClick={() => onIgnore(f)}
                      aria-label={`${t.abaikan} ${f.sheet}!${f.cell} ${f.rule}`}
                    >
                      {t.abaikan}
                    </Button>
                  </div>
                  <Caption1 className={styles.rule} title={f.rule}>
                    {ruleTitle(f.rule)}
                  </Caption1>
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
