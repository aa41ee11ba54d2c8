/**
 * The task pane's entry in Excel: waits for Office, then renders the pane over the
 * Office.js host. It shares its page (and JavaScript context) with the custom functions.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { OfficeHost } from "../adapters/office/office-host";
import { stringsFor } from "./i18n/strings";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={new OfficeHost()} t={stringsFor(Office.context?.displayLanguage)} />
    </FluentProvider>
  );
});
