/**
 * The task pane's entry: waits for Office, then renders the pane. It shares its
 * page (and JavaScript context) with the custom functions.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
}

Office.onReady(() => render());
