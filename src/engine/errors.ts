/**
 * Errors as values. An engine function never throws for bad input: it returns a
 * `FormulaError`, which the Excel edge turns into `CustomFunctions.Error` and the
 * CLI and the checker read as an answer.
 */

/** The two Excel errors that can carry a message to the user. */
export type FormulaErrorCode = "VALUE" | "NA";

/** An Excel-style error with an Indonesian message. */
export class FormulaError {
  constructor(
    /** `VALUE` for `#VALUE!` (wrong input), `NA` for `#N/A` (no data). */
    readonly code: FormulaErrorCode,
    /** Indonesian message shown in Excel's error tooltip. */
    readonly message: string
  ) {}

  /** The error as Excel prints it, followed by its message. */
  toString(): string {
    return `${this.code === "VALUE" ? "#VALUE!" : "#N/A"} ${this.message}`;
  }
}

/** `#VALUE!`: the input is wrong (not a number, target 0, unknown option). */
export function invalidValue(message: string): FormulaError {
  return new FormulaError("VALUE", message);
}

/** `#N/A`: there is no data to compute from (empty, `N/A`, `-`). */
export function notAvailable(message: string): FormulaError {
  return new FormulaError("NA", message);
}

/** True when `x` is an engine error value. */
export function isFormulaError(x: unknown): x is FormulaError {
  return x instanceof FormulaError;
}

/** A number or a word, or the error that explains why there is none. */
export type FormulaResult<T extends number | string = number | string> = T | FormulaError;
