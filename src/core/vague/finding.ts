import type { Severity } from '../severity';
import type { ContextReason } from './context/reasons';
import type { Category } from './ruleSchema';
import type { RuleLanguage } from '../language/languages';

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
  /** Why the sentence around it made this finding a hint (absent: not lowered by context). */
  lowered?: ContextReason;
  /**
   * The sentence the context analysis read it in (set by applyContext, moved with the finding), so
   * the checks that run on every edit over the whole document (context/vagueCompany.ts) need not
   * find it again.
   */
  sentenceStart?: number;
  sentenceEnd?: number;
  /** Why a rule that is a hint by default is shown higher here (see context/vagueCompany.ts). */
  raised?: 'vague-company';
  /** The language of the block it is in, whose rules found it (absent: English). */
  language?: RuleLanguage;
  /** Repeats of the same rule and phrase in one section (see context/repeats.ts). */
  group?: RepeatGroup;
}

/** Where a finding stands among the occurrences of the same rule and phrase in one section. */
export interface RepeatGroup {
  /** Identifies the group within its document: rule, normalised phrase and section start. */
  key: string;
  /** 1 for the first occurrence. */
  index: number;
  count: number;
}
