import * as React from "react";
import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { FunctionEntry } from "../function-reference";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link FunctionReference}. */
export interface FunctionReferenceProps {
  /** The functions to list. */
  readonly functions: readonly FunctionEntry[];
}

/** A card per LKJIP function: syntax, purpose and an example from the seed report. */
export function FunctionReference({ functions }: FunctionReferenceProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="Daftar fungsi LKJIP" className={styles.list}>
      {functions.map((f) => (
        <Card key={f.name} size="small">
          <CardHeader
            header={<Subtitle2>{f.name}</Subtitle2>}
            description={<Caption1>{f.purpose}</Caption1>}
          />
          <Body1 className={styles.code}>{f.syntax}</Body1>
          <Caption1 className={styles.code}>
            {f.example} → {f.result}
          </Caption1>
        </Card>
      ))}
    </section>
  );
}
