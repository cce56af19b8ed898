import type { Severity } from '../severity';
import type { Category } from './ruleSchema';

/** One vague phrase found in a text. Offsets are UTF-16 code units (as the editor counts them). */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Offset of the first character of the phrase. */
  start: number;
  /** Offset just past the last character of the phrase. */
  end: number;
  /** True when the text names what the phrase leaves open right after it ("partners, namely X"). */
  clarified: boolean;
}
