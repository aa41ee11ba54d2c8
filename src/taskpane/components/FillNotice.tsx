import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { FillResult } from "../../engine/fill/generate";
import { filledCount, unfilledTables } from "../../engine/fill/outcome";
import { Strings } from "../i18n/strings";

/** What the pane says after Isi Tabel: a success only when every table was filled. */
export interface FillNoticeText {
  readonly intent: "success" | "warning";
  readonly text: string;
}

/** The notice for a fill: how many tables were filled, and which were not and why. */
export function fillNotice(fill: FillResult, t: Strings): FillNoticeText {
  const missing = unfilledTables(fill);
  const { filled, of } = filledCount(fill);
  const details = [
    ...fill.kept.map((k) => t.ditahan(k.id, k.cells.slice(0, 5).join(", "))),
    ...fill.skipped.map((s) => t.tidakDiisi(s.id, s.reason)),
  ];
  if (!missing.length) return { intent: "success", text: t.diisi(filled) };
  return { intent: "warning", text: [t.sebagianDiisi(filled, of, missing), ...details].join(" ") };
}

/** Props of {@link FillNotice}. */
export interface FillNoticeProps {
  readonly fill: FillResult;
  readonly t: Strings;
}

/** The fill's result as a message bar: green when complete, a warning naming what is missing. */
export function FillNotice({ fill, t }: FillNoticeProps): React.JSX.Element {
  const { intent, text } = fillNotice(fill, t);
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
