/**
 * What a rule is: an id, a severity, an Indonesian title and one-sentence
 * description, and a check over the report model that returns its findings.
 * Rules never touch a file or Office.js.
 */
import { Finding, FindingDraft, Severity, toFinding } from "../finding";
import { ReportModel } from "../read/report";

/** One consistency rule of SPEC section 4. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Indonesian title, shown in lists and rule switches. */
  readonly title: string;
  /** What the rule checks, in one Indonesian sentence a report writer understands. */
  readonly description: string;
  check(model: ReportModel): Finding[];
}

const inferredFindings = new WeakSet<Finding>();

/** True when a finding comes from what the numbers say rather than from a known table's rule. */
export function isInferred(finding: Finding): boolean {
  return inferredFindings.has(finding);
}

/**
 * Declares a rule (id, severity, title, description) from its drafts: the id
 * and severity are stamped on every finding. `inferred` drafts (from what the
 * numbers say) come after the rule's own and give way to any other finding on
 * the same cell.
 */
export function defineRule(
  id: string,
  severity: Severity,
  title: string,
  description: string,
  drafts: (model: ReportModel) => Iterable<FindingDraft>,
  inferred?: (model: ReportModel) => Iterable<FindingDraft>
): Rule {
  return {
    id,
    severity,
    title,
    description,
    check: (model) => {
      const own = [...drafts(model)].map((d) => toFinding(id, d.severity ?? severity, d));
      const extra = inferred ? [...inferred(model)].map((d) => toFinding(id, severity, d)) : [];
      extra.forEach((f) => inferredFindings.add(f));
      return [...own, ...extra];
    },
  };
}
