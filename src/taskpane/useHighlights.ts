/**
 * Keeps the marks in the workbook in step with the pane: the findings' cells
 * while marking is on, the related cells of the chosen finding, none when off.
 * One drawing runs at a time and the latest wish wins, so quick clicks never
 * stack marks.
 */
import * as React from "react";
import { Finding } from "../engine/finding";
import { highlightsFor, SheetHighlight } from "../engine/check/highlights";
import { HighlightResult, WorkbookHost } from "./host/workbook-host";

/**
 * Draws the marks for `findings` (none when `on` is false) whenever they change;
 * `onDrawn` hears which sheets could not be marked.
 */
export function useHighlights(
  host: WorkbookHost,
  findings: readonly Finding[] | undefined,
  on: boolean,
  focus: Finding | undefined,
  onError: (error: unknown) => void,
  onDrawn: (result: HighlightResult) => void
): void {
  const wanted = React.useRef<readonly SheetHighlight[] | undefined>(undefined);
  const drawing = React.useRef(false);
  React.useEffect(() => {
    wanted.current = on && findings ? highlightsFor(findings, focus) : [];
    if (drawing.current) return;
    drawing.current = true;
    void (async () => {
      while (wanted.current) {
        const marks = wanted.current;
        wanted.current = undefined;
        await host.highlight(marks).then(onDrawn, onError);
      }
      drawing.current = false;
    })();
  }, [host, findings, on, focus]);
}
