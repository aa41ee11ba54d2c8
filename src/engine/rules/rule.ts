/**
 * What a rule is: an id, a severity, an Indonesian title, and a check over the
 * report model that returns its findings. Rules never touch a file or Office.js.
 */
import { Finding, FindingDraft, Severity, toFinding } from "../finding";
import { ReportModel } from "../read/report";

/** One consistency rule of SPEC section 4. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Indonesian title, shown in lists and rule switches. */
  readonly title: string;
  check(model: ReportModel): Finding[];
}

/** Declares a rule from its drafts: the id and severity are stamped on every finding. */
export function defineRule(
  id: string,
  severity: Severity,
  title: string,
  drafts: (model: ReportModel) => Iterable<FindingDraft>
): Rule {
  return {
    id,
    severity,
    title,
    check: (model) => [...drafts(model)].map((d) => toFinding(id, severity, d)),
  };
}
