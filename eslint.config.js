/**
 * ESLint flat config: TypeScript rules everywhere, Office add-in rules for the
 * Office-facing code, and a wall around the engine: it may not import Office.js,
 * React, Node's file system or an .xlsx library, nor touch their globals.
 */
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");

const ENGINE_FORBIDDEN_IMPORTS = [
  {
    group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/office-js"],
    message: "The engine is pure: no UI, no Office.js.",
  },
  {
    group: ["fs", "fs/*", "node:*", "path", "child_process", "exceljs", "os", "http", "https"],
    message: "The engine does no I/O.",
  },
];

module.exports = tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**", "src/functions/**", "src/adapters/office/**"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
    },
  },
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ENGINE_FORBIDDEN_IMPORTS }],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "document",
        "window",
        "process",
        "require",
        "fetch",
      ],
    },
  },
  {
    files: ["test/**", "bench/**"],
    languageOptions: { globals: globals.node },
  }
);
