import * as React from "react";
import { Body1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { FUNCTION_REFERENCE } from "../function-reference";
import { FunctionReference } from "./FunctionReference";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

/** The task pane: what the add-in offers in this workbook. */
export function App(): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Asisten LKjIP</Title3>
      <Body1>
        Fungsi LKJIP siap dipakai di sel. Ketik <code>=LKJIP.</code> untuk melihat daftarnya;
        argumen boleh berupa angka atau teks seperti 83,514 dan 1.540.000.
      </Body1>
      <FunctionReference functions={FUNCTION_REFERENCE} />
    </main>
  );
}
