/**
 * LibreOffice Calc headless as an independent spreadsheet engine: it opens an
 * .xlsx, recalculates every formula on load, and saves it again (so the results it
 * writes can be compared with the engine's own) or prints it to PDF.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/**
 * Converts `file` with LibreOffice (formulas recalculated on load) to `format`
 * (`pdf`, or `xlsx:Calc MS Excel 2007 XML`) and returns the converted file's path.
 */
export function convert(file: string, format: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lkjip-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = mkdtempSync(join(tmpdir(), "lkjip-lo-out-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 180000 }
  );
  return join(out, basename(file).replace(/\.[^.]+$/, `.${format.split(":")[0]}`));
}

/** Recalculates `file` in LibreOffice and returns the path of the recalculated copy. */
export function recalculate(file: string): string {
  return convert(file, "xlsx:Calc MS Excel 2007 XML");
}
