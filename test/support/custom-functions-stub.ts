/**
 * A stand-in for Excel's `CustomFunctions` global: the error class and codes the
 * functions use, so they run as plain functions under Jest.
 */
export class StubCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Installs the stub on `globalThis` for the duration of a test file. */
export function installCustomFunctionsStub(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StubCustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    associate: () => undefined,
  };
}
