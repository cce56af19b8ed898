// The German rules' message and explanation in the other interface languages. The German text is
// the rule's own (message, explanation); English and French are given here for every rule, each
// message quoting the phrase once in “…”, which the linter replaces with the words as written.

export interface UiEntry {
  readonly message: string;
  readonly explanation: string;
}

/** English and French texts of one rule. */
export interface RuleUiText {
  readonly en: UiEntry;
  readonly fr: UiEntry;
}

export type UiTable = Readonly<Record<string, RuleUiText>>;
