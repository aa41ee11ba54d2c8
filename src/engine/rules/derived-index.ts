/**
 * The derived realisasi indexed for checking records against them: by year and
 * indicator pattern, and within those by value, so that a record is compared
 * once with each distinct value rather than once with every source (a workbook
 * of many copies of one report has as many equal sources as copies).
 */
import { agrees, WrittenPrecision } from "../tolerance";
import { derivationCells, DerivedRealisasi } from "../read/derived-realisasi";

/** Sources of one year and pattern that give one value, in the order they were derived. */
interface ValueClass {
  readonly id: number;
  readonly value: number;
  /** Positions in the derived list, ascending. */
  readonly positions: readonly number[];
}

/** Sources of one year and pattern. */
interface PatternGroup {
  readonly matches: RegExp;
  readonly classes: ValueClass[];
}

/** What a record's realisasi disagrees with: the first such source, and the cells of all of them. */
export interface Disagreement {
  /** Position of the first disagreeing source in the derived list. */
  readonly first: number;
  readonly source: DerivedRealisasi;
  /** The addresses of every disagreeing source's cells, as a merge of their findings relates them. */
  readonly related: readonly string[];
}

/** Derived realisasi by year and pattern, then by value. */
export class DerivedIndex {
  private readonly byYear = new Map<number, PatternGroup[]>();
  private readonly disagreements = new Map<string, Omit<Disagreement, "source">>();
  private classCount = 0;

  constructor(private readonly derived: readonly DerivedRealisasi[]) {
    derived.forEach((d, i) => {
      if (d.year === undefined) return;
      const groups = this.byYear.get(d.year) ?? [];
      this.byYear.set(d.year, groups);
      let group = groups.find((g) => g.matches === d.matches);
      if (!group) groups.push((group = { matches: d.matches, classes: [] }));
      const same = group.classes.find((c) => Object.is(c.value, d.value));
      if (same) (same.positions as number[]).push(i);
      else group.classes.push({ id: this.classCount++, value: d.value, positions: [i] });
    });
  }

  /** True when some source gives the realisasi of this indicator in this year. */
  covers(indikator: string, year: number | undefined): boolean {
    if (year === undefined) return false;
    return (this.byYear.get(year) ?? []).some((g) => g.matches.test(indikator));
  }

  /** The classes whose pattern matches the indicator in this year, each pattern tested once. */
  private classesFor(indikator: string, year: number): ValueClass[] {
    const groups = this.byYear.get(year) ?? [];
    return groups.filter((g) => g.matches.test(indikator)).flatMap((g) => g.classes);
  }

  /** What a written realisasi disagrees with, or undefined when every matching source agrees. */
  disagreement(
    indikator: string,
    year: number,
    written: WrittenPrecision
  ): Disagreement | undefined {
    const against = this.classesFor(indikator, year).filter((c) => !agrees(c.value, written));
    if (against.length === 0) return undefined;
    const key = against.map((c) => c.id).join(",");
    let found = this.disagreements.get(key);
    if (!found) {
      const positions = against.flatMap((c) => c.positions).sort((a, b) => a - b);
      found = { first: positions[0], related: this.relatedOf(positions) };
      this.disagreements.set(key, found);
    }
    return { ...found, source: this.derived[found.first] };
  }

  /** The cells of the sources at these positions: one source's list as it is, several joined without repeats. */
  private relatedOf(positions: readonly number[]): readonly string[] {
    const lists = positions.map((i) => cellsOf(this.derived[i]));
    return lists.length === 1 ? lists[0] : [...new Set(lists.flat())];
  }
}

function cellsOf(d: DerivedRealisasi): string[] {
  if (d.derivation.kind === "serapan") return [];
  return derivationCells(d.derivation).map((c) => c.at.address);
}
