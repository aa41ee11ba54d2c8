import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { FUNCTION_REFERENCE } from "../function-reference";
import { WorkbookHost } from "../host/workbook-host";
import { Strings } from "../i18n/strings";
import { useAsisten } from "../useAsisten";
import { FillNotice } from "./FillNotice";
import { FindingsList } from "./FindingsList";
import { FunctionReference } from "./FunctionReference";
import { Toolbar } from "./Toolbar";
import { RuleSwitches } from "./RuleSwitches";
import { RunProgress } from "./RunProgress";
import { RULES } from "../../engine/rules";
import { Finding } from "../../engine/finding";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  sorot: {
    display: "flex",
    flexDirection: "column",
    marginBottom: tokens.spacingVerticalS,
  },
});

/** Props of {@link App}. */
export interface AppProps {
  readonly host: WorkbookHost;
  readonly t: Strings;
}

/** The task pane: check, fill, findings one click from their cells. */
export function App({ host, t }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [state, act] = useAsisten(host);
  const [ignoring, setIgnoring] = React.useState<Finding | undefined>();
  const [alasan, setAlasan] = React.useState("");
  const { result, fill } = state;
  return (
    <main className={styles.root}>
      <Title3 as="h1">{t.title}</Title3>
      <Toolbar
        t={t}
        busy={state.busy}
        canExport={!!result}
        onPeriksa={act.periksa}
        onIsi={() => act.isi(false)}
        onEkspor={act.ekspor}
      />
      {state.progress && <RunProgress t={t} progress={state.progress} onStop={act.stop} />}
      {state.stopped && (
        <MessageBar intent="info">
          <MessageBarBody>{t.dihentikan}</MessageBarBody>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.gagal(state.error)}</MessageBarBody>
        </MessageBar>
      )}
      {state.unmarked && (
        <MessageBar intent="info">
          <MessageBarBody>{t.tidakDitandai(state.unmarked)}</MessageBarBody>
        </MessageBar>
      )}
      {state.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.usang}</MessageBarBody>
        </MessageBar>
      )}
      {fill && !state.pendingOverwrite && <FillNotice fill={fill} t={t} />}
      {result && (
        <section
          aria-label={t.ringkasan(
            result.summary.error,
            result.summary.warning,
            result.summary.info
          )}
        >
          <Subtitle2 as="h2">
            {t.ringkasan(result.summary.error, result.summary.warning, result.summary.info)}
          </Subtitle2>
          <div className={styles.sorot}>
            <Switch
              label={t.sorot}
              checked={state.sorot}
              onChange={(_, d) => act.setSorot(d.checked)}
              aria-describedby="sorot-keterangan"
            />
            <Caption1 id="sorot-keterangan">{t.sorotKeterangan}</Caption1>
          </div>
          {result.findings.length === 0 ? (
            <Body1>{t.tanpaTemuan}</Body1>
          ) : (
            <FindingsList
              t={t}
              findings={result.findings}
              focus={state.focus}
              onSelect={act.select}
              onSelectRef={act.selectRef}
              onIgnore={setIgnoring}
            />
          )}
          <Subtitle2 as="h2">{t.aturan}</Subtitle2>
          <RuleSwitches
            rules={RULES}
            disabled={result.model.settings.disabled}
            busy={!!state.busy}
            onChange={act.setRule}
          />
        </section>
      )}
      <Dialog open={!!ignoring} onOpenChange={(_, d) => !d.open && setIgnoring(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.abaikanJudul}</DialogTitle>
            <DialogContent>
              <Body1>{ignoring?.message}</Body1>
              <Field label={t.alasan} required>
                <Input value={alasan} onChange={(_, d) => setAlasan(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={!alasan.trim()}
                onClick={() => {
                  if (ignoring) void act.abaikan(ignoring, alasan.trim());
                  setIgnoring(undefined);
                  setAlasan("");
                }}
              >
                {t.simpan}
              </Button>
              <Button onClick={() => setIgnoring(undefined)}>{t.batal}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {!result && (
        <section aria-label={t.fungsi}>
          <Subtitle2 as="h2">{t.fungsi}</Subtitle2>
          <FunctionReference functions={FUNCTION_REFERENCE} />
        </section>
      )}
      <Dialog open={!!state.pendingOverwrite} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.isiTabel}</DialogTitle>
            <DialogContent>
              {t.konfirmasiTimpa}
              {fill?.kept.map((k) => (
                <div key={k.id}>{t.ditahan(k.id, k.cells.slice(0, 5).join(", "))}</div>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => act.isi(true)}>
                {t.timpa}
              </Button>
              <Button onClick={act.keepEdited}>{t.batal}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}
