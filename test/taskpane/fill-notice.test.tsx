/**
 * What the pane says after Isi Tabel: green only when every table was filled; a
 * partial fill is a warning that names the tables missing and why. Rendered on
 * the server, since the preview in Chromium loads only the sample, which now
 * fills all fifteen.
 */
import { renderToStaticMarkup } from "react-dom/server";
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { fillWorkbook } from "../../src/engine/fill/generate";
import { buildSampleWorkbook } from "../../src/sample";
import { FillNotice, fillNotice } from "../../src/taskpane/components/FillNotice";
import { stringsFor } from "../../src/taskpane/i18n/strings";

const sample = buildSampleWorkbook();
const complete = fillWorkbook(sample);
const partial = fillWorkbook({ sheets: sample.sheets.filter((s) => s.name !== "LHKASN") });
const id = stringsFor("id-ID");

describe("the fill notice", () => {
  it("is a success when the sample fills all fifteen tables", () => {
    expect(fillNotice(complete, id)).toEqual({ intent: "success", text: "15 tabel diisi." });
  });

  it("is a warning naming the missing table and its reason when a source is missing", () => {
    expect(fillNotice(partial, id)).toEqual({
      intent: "warning",
      text: '14 dari 15 tabel diisi; tidak diisi: Tabel 3.6. Tabel 3.6 tidak diisi: lembar sumber "LHKASN" tidak ada',
    });
    expect(fillNotice(partial, stringsFor("en-US")).text).toMatch(
      /^14 of 15 tables filled; not filled: Table 3\.6\. Table 3\.6 not filled: /
    );
  });

  it("counts a generated sheet kept as a person edited it as not filled", () => {
    const kept = { ...complete, kept: [{ id: "3.4", sheet: "Tabel 3.4 (isi)", cells: ["G5"] }] };
    expect(fillNotice(kept, id)).toEqual({
      intent: "warning",
      text: "14 dari 15 tabel diisi; tidak diisi: Tabel 3.4. Tabel 3.4 tidak ditimpa karena sudah diubah di sel G5.",
    });
  });

  it("renders the partial fill as Fluent's warning message bar, the complete one as its success bar", () => {
    const html = (element: React.JSX.Element) =>
      renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
    const bar = (intent: "warning" | "success", text: string) =>
      html(
        <MessageBar intent={intent}>
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      );
    const warning = html(<FillNotice fill={partial} t={id} />);
    expect(warning).toContain("14 dari 15 tabel diisi; tidak diisi: Tabel 3.6.");
    expect(warning).toBe(bar("warning", fillNotice(partial, id).text));
    expect(warning).not.toBe(bar("success", fillNotice(partial, id).text));
    expect(html(<FillNotice fill={complete} t={id} />)).toBe(bar("success", "15 tabel diisi."));
  });
});
