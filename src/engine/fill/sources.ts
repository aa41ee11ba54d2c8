/**
 * The template's source sheets, found by their names: PK, Realisasi, Renstra,
 * Program, Anggaran <tahun>, IKM, PADes, APBDes, PATEN, LHKASN.
 */
import { BudgetTable, readBudget } from "../read/budget";
import { squeeze, yearIn } from "../read/header-roles";
import { IndicatorRecord, indicatorRecords } from "../read/indicators";
import { NameIndex } from "../read/names";
import { ReportModel } from "../read/report";
import { Table } from "../read/table";

/** What the template gives the generators. */
export interface Sources {
  readonly year?: number;
  readonly pk?: Table;
  readonly pkRecords: readonly IndicatorRecord[];
  /** Realisasi records by indicator name, any year. */
  readonly realisasi: NameIndex<IndicatorRecord>;
  readonly renstra?: Table;
  readonly program?: Table;
  readonly anggaran: ReadonlyMap<number, BudgetTable>;
  readonly ikm?: Table;
  readonly pades?: Table;
  readonly apbdes?: Table;
  readonly paten?: Table;
  readonly lhkasn?: Table;
}

function bySheet(model: ReportModel, name: string): Table | undefined {
  return model.tables.find((t) => squeeze(t.sheet) === name && !t.caption);
}

/** Finds the template's source tables in a report model. */
export function findSources(model: ReportModel): Sources {
  const pk = bySheet(model, "pk");
  const realisasiTable = bySheet(model, "realisasi");
  const realisasi = new NameIndex<IndicatorRecord>();
  if (realisasiTable)
    for (const r of indicatorRecords(realisasiTable)) realisasi.add(r.indikator, r);
  const anggaran = new Map<number, BudgetTable>();
  for (const t of model.tables) {
    const year = yearIn(t.sheet);
    if (t.kind === "anggaran" && !t.caption && squeeze(t.sheet).startsWith("anggaran") && year)
      anggaran.set(year, readBudget(t));
  }
  return {
    year: model.year,
    pk,
    pkRecords: pk ? indicatorRecords(pk) : [],
    realisasi,
    renstra: bySheet(model, "renstra"),
    program: bySheet(model, "program"),
    anggaran,
    ikm: bySheet(model, "ikm"),
    pades: bySheet(model, "pades"),
    apbdes: bySheet(model, "apbdes"),
    paten: bySheet(model, "paten"),
    lhkasn: bySheet(model, "lhkasn"),
  };
}

/** The realisasi record of an indicator for a year. */
export function realisasiOf(
  sources: Sources,
  indikator: string,
  year: number | undefined
): IndicatorRecord | undefined {
  return sources.realisasi.findAll(indikator).find((r) => r.year === year);
}
