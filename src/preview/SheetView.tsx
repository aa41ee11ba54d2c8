import * as React from "react";
import { makeStyles, Select, tokens } from "@fluentui/react-components";
import { a1 } from "../engine/workbook/address";
import { sheetWidth } from "../engine/workbook/snapshot";
import { PreviewView } from "./preview-host";
import { HighlightKind } from "../engine/check/highlights";
import { cellText } from "./cell-text";
import { NARROW } from "./layout";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: {
    overflow: "auto",
    maxHeight: "80vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    // Stacked above the pane in a narrow window: leave room for the pane.
    [NARROW]: { maxHeight: "45vh" },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "16em",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  terkait: { backgroundColor: tokens.colorPalettePurpleBackground2 },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: "right" },
});

/** Props of {@link SheetView}. */
export interface SheetViewProps {
  readonly view: PreviewView;
  readonly onSheet: (name: string) => void;
}

function marksOf(view: PreviewView): Map<string, HighlightKind> {
  const marks = new Map<string, HighlightKind>();
  for (const m of view.marks)
    if (m.sheet === view.sheet) m.cells.forEach((c) => marks.set(c, m.kind));
  return marks;
}

/** A plain grid of one sheet of the preview workbook, the selected cell outlined, marked cells shaded. */
export function SheetView({ view, onSheet }: SheetViewProps): React.JSX.Element {
  const styles = useStyles();
  const sheet = view.workbook.sheets.find((s) => s.name === view.sheet);
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  React.useEffect(() => {
    // A block body: Chromium's scrollIntoView now returns a promise, which React would take for a clean-up.
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [view.sheet, view.cell]);
  const marks = marksOf(view);
  const width = Math.min(20, Math.max(1, sheet ? sheetWidth(sheet) : 1));
  return (
    <section className={styles.root} aria-label="Pratinjau workbook">
      <Select aria-label="Lembar" value={view.sheet} onChange={(_, d) => onSheet(d.value)}>
        {view.workbook.sheets
          .filter((s) => !s.hidden)
          .map((s) => (
            <option key={s.name}>{s.name}</option>
          ))}
      </Select>
      <div className={styles.scroll}>
        <table className={styles.table} data-sheet={view.sheet}>
          <tbody>
            {sheet?.rows.slice(0, 300).map((row, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const address = a1(r, c);
                  const selected = address === view.cell;
                  const mark = marks.get(address);
                  const cell = row?.[c];
                  return (
                    <td
                      key={c}
                      data-cell={address}
                      ref={selected ? selectedRef : undefined}
                      aria-selected={selected || undefined}
                      data-sorotan={mark}
                      className={`${styles.cell} ${typeof cell?.value === "number" ? styles.number : ""} ${mark ? styles[mark] : ""} ${selected ? styles.selected : ""}`}
                    >
                      {cellText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
