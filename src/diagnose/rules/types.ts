// A catalogue rule is data: a pattern for the general form of an error, what it means and what
// to do. Placeholders in texts ({action}, {resource}, {code}, …) are filled from what the log says.
import type { Category } from '../types';

export interface DiagnoseRule {
  /** Stable id, e.g. "iam.explicit-deny-scp". */
  id: string;
  category: Category;
  /** The general error form; any of these matching the error text selects the rule. */
  match: RegExp | RegExp[];
  /** Error codes this form carries (used to name the code when the text has one of them). */
  codes?: string[];
  /** AWS service when the form belongs to one. */
  service?: string;
  /** Higher wins when several rules match the same error (specific forms over generic ones). Default 50. */
  priority?: number;
  summary: string;
  rootCause: string;
  fixes: string[];
  docs: string;
  confidence: number;
}
