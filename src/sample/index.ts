/**
 * The sample workbook built from the Kota Bangun 2023 report: the template's
 * source sheets and the report's tables as the report printed them.
 */
import { WorkbookSnapshot } from "../engine/workbook/snapshot";
import * as report from "./report-sheets";
import * as template from "./template-sheets";

/** The whole sample workbook. */
export function buildSampleWorkbook(): WorkbookSnapshot {
  return {
    sheets: [
      template.settingsSheet(),
      template.pkSheet(),
      template.realisasiSheet(),
      template.renstraSheet(),
      template.programSheet(),
      ...template.budgetSheets(),
      template.ikmSheet(),
      template.padesSheet(),
      template.apbdesSheet(),
      template.patenSheet(),
      template.lhkasnSheet(),
      report.tabel24(),
      report.tabel25(),
      report.tabel28(),
      report.tabel32dan33(),
      report.tabel34(),
      report.tabel35(),
      report.tabel37(),
      report.tabelTanpaJudul(),
      report.tabel38(),
      report.tabel310(),
      report.tabel311dan312(),
      report.tabel313(),
      report.tabel314(),
      report.tabel315(),
      report.tabel316(),
    ],
  };
}

/**
 * The sample `copies` times over, the first copy's sheets under their own names and
 * the others numbered (`Tabel 3.4 2`): a large workbook for the preview and the bench.
 */
export function repeatedSample(copies: number): WorkbookSnapshot {
  const sheets = buildSampleWorkbook().sheets;
  return {
    sheets: Array.from({ length: copies }, (_, i) =>
      sheets.map((s) => (i === 0 ? s : { ...s, name: `${s.name} ${i + 1}` }))
    ).flat(),
  };
}
