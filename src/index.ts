/**
 * The package's main export for Node: the LKJIP functions under their Excel names
 * (CAPAIAN, KRITERIA, EFISIENSI, SERAPAN, PERTUMBUHAN, IKM, TREN), returning a
 * number, a word, or a `FormulaError`, and the rest of the engine.
 */
export * from "./engine";
