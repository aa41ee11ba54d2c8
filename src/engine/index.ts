/**
 * The engine: pure TypeScript, no Office.js, no React, no file I/O.
 */
export * from "./errors";
export * from "./number-text";
export * from "./cell-input";
export * from "./scales";
export * from "./grades";
export * from "./measure";
export * from "./functions/capaian";
export * from "./functions/kriteria";
export * from "./functions/efisiensi";
export * from "./functions/ratios";
export * from "./functions/ikm";
export * from "./functions/tren";
