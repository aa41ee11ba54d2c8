/**
 * An indicator's PK record, wherever the indicator is written: matched by name,
 * then by sasaran among equal names; the polarity the PK declares for it; and the
 * key that names one indicator across tables.
 */
import { chooseOption } from "../cell-input";
import { isFormulaError } from "../errors";
import { Polaritas, POLARITAS } from "../functions/capaian";
import { IndicatorRecord } from "./indicators";
import { nameKey } from "./names";
import { ReportModel } from "./report";

/** The PK record of an indicator: by name, then by sasaran among equal names. */
export function pkRecordOf(
  model: ReportModel,
  record: IndicatorRecord
): IndicatorRecord | undefined {
  const found = model.pk?.index.findAll(record.indikator) ?? [];
  if (found.length <= 1) return found[0];
  const sasaran = nameKey(record.sasaran ?? "");
  return found.find((f) => nameKey(f.sasaran ?? "") === sasaran) ?? found[0];
}

/** The polarity the PK declares for an indicator, when it declares a known one. */
export function declaredPolaritas(pkRecord: IndicatorRecord | undefined): Polaritas | undefined {
  const w = pkRecord?.polaritas;
  if (!w || w.kind !== "text") return undefined;
  const p = chooseOption(w.text, POLARITAS);
  return isFormulaError(p) ? undefined : p;
}

/** A key for one indicator across tables: the PK record's name when matched, else the own name. */
export function indicatorKey(model: ReportModel, record: IndicatorRecord): string {
  return nameKey(pkRecordOf(model, record)?.indikator ?? record.indikator);
}
