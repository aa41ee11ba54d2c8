/**
 * One fake Excel for the Office.js adapter's tests and the pane bench, as strict
 * as Excel (see ./excel for what it enforces).
 */
export { FakeExcel } from "./excel";
export {
  FakeOfficeError,
  fakeSheetOf,
  rectOf,
  typedInput,
  type FakeChart,
  type FakeExcelOptions,
  type FakeFormat,
  type FakeHost,
  type FakeSheet,
  type FakeSheetInit,
} from "./model";
