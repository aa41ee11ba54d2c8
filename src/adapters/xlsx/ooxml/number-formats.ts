/**
 * Number formats as the reader reports them: the built-in ids Excel does not
 * write out, mapped to their codes as exceljs maps them, the test for a date
 * format, and a date serial turned into `YYYY-MM-DD` text.
 */

/** Built-in number formats by id (the ids exceljs knows a code for). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The code of a built-in number format, or undefined. */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** A format code as written in styles.xml, with its backslash escapes removed. */
export function formatCode(written: string): string {
  return written.replace(/[\\](.)/g, "$1");
}

/** The format last asked about and the answer: cells of a column mostly share one format. */
let lastCode: string | undefined;
let lastIsDate = false;

/** Whether a format shows a date or time (outside quotes and brackets). */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  if (code !== lastCode) {
    const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
    lastIsDate = /[ymdhMsb]+/.test(bare);
    lastCode = code;
  }
  return lastIsDate;
}

const DAY_MS = 24 * 3600 * 1000;

/** A date serial as `YYYY-MM-DD` (UTC), "" when it is no date; 1904 dates when asked. */
export function serialDateText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}
