/**
 * The Excel edge of the engine's results: `FormulaError` becomes
 * `CustomFunctions.Error` (#VALUE! or #N/A, the two that show a message).
 */
import { FormulaError, isFormulaError } from "../engine/errors";

/**
 * Whether an argument or a result is an engine error. Most are numbers or text:
 * they are told apart by `typeof` before `instanceof`, which on a primitive is a
 * slow generic check once a call site has seen several kinds of value.
 */
export function isError(value: unknown): value is FormulaError {
  return typeof value === "object" && isFormulaError(value);
}

/** An engine result as Excel receives it. */
export function toExcel<T extends number | string>(
  result: T | FormulaError
): T | CustomFunctions.Error {
  if (!isError(result)) return result;
  const code =
    result.code === "NA"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, result.message);
}

/** Runs an engine call so that nothing throws out of a custom function. */
export function safely<T extends number | string>(
  call: () => T | FormulaError
): T | CustomFunctions.Error {
  try {
    return toExcel(call());
  } catch {
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      "Kesalahan internal Asisten LKjIP: periksa argumen fungsi"
    );
  }
}
