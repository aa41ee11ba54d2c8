/**
 * The preview page for machines without Excel: the same pane, working on the
 * bundled Kota Bangun sample read through the engine's .xlsx adapter, beside a
 * plain view of the workbook. `?bahasa=en` shows the pane as English Office would;
 * `?salinan=20` works on the sample twenty times over, to watch a long run.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/components/App";
import { stringsFor } from "../taskpane/i18n/strings";
import { readWorkbookInBrowser } from "./read-bytes";
import { writeWorkbook } from "../adapters/xlsx/write-workbook";
import { repeatedSample } from "../sample";
import { PreviewHost, PreviewView } from "./preview-host";
import { NARROW } from "./layout";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 380px",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    maxHeight: "95vh",
    overflow: "auto",
    [NARROW]: {
      borderLeft: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
      maxHeight: "none",
    },
  },
});

const params = new URLSearchParams(location.search);

function Preview({
  host,
  view,
  onSheet,
}: {
  host: PreviewHost;
  view: PreviewView;
  onSheet: (s: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <SheetView view={view} onSheet={onSheet} />
      <aside className={styles.pane} aria-label="Panel Asisten LKjIP">
        <App host={host} t={stringsFor(params.get("bahasa") ?? "id")} />
      </aside>
    </div>
  );
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const copies = Math.min(50, Math.max(1, Number(params.get("salinan")) || 1));
  const workbook = await readWorkbookInBrowser(await writeWorkbook(repeatedSample(copies)));
  const render = (view: PreviewView) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Preview host={host} view={view} onSheet={(sheet) => host.showSheet(sheet)} />
      </FluentProvider>
    );
  const host = new PreviewHost(workbook, (view) => render(view));
  render(host.current);
}

void start();
