/**
 * Which Excel JavaScript API sets the host supports. The manifest asks for
 * ExcelApi 1.9; a member of a later set is used only behind
 * {@link supportsExcelApi} (test/manifest.test.ts checks this from the code).
 */

/** Whether the host supports ExcelApi `version` ("1.13"); false outside Office. */
export function supportsExcelApi(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
