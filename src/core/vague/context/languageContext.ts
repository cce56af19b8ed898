// The words the context analysis needs in each language. The English tables live beside the rules
// that use them (negation.ts, rights.ts, clarification.ts); each further language's catalogue
// (catalogue/<lang>/index.ts) exports one of these, so the analysis runs the same way on its text.

export interface LanguageContextTables {
  /** Words and punctuation that end a negation's scope looking back from the phrase (global flag): "aber", "mais". */
  readonly clauseBreak: RegExp;
  /** Negation and limiting triggers in the clause before the phrase: "nicht", "kein", "ne", "pas", "aucun", "nur". */
  readonly trigger: RegExp;
  /** Words that look like triggers but do not negate (global flag): "nicht nur", "non seulement", "pas limité à". */
  readonly pseudoTrigger: RegExp;
  /** A negated predicate right after the phrase, anchored with ^: "Dritte erhalten keine", "les tiers n'ont pas accès". */
  readonly negatedPredicate: RegExp;
  /** The user acting or a user's right in the sentence: "Sie können", "Ihr Recht auf", "vous pouvez", "votre droit". */
  readonly userActing: RegExp;
  /** Words right after a term that name what it means, tested sticky at the term's end: "nämlich", "à savoir". */
  readonly clarifier: RegExp;
}

/** What a language's rule module exports (catalogue/<lang>/index.ts). */
export interface LanguageRuleModule<Rule> {
  /** Rules whose message, explanation and question are written in the module's language. */
  readonly CATALOGUE: readonly Rule[];
  /** Message and explanation of each rule (by id) in the other interface languages (en, de, fr). */
  readonly UI_TEXT: Readonly<Record<string, Partial<Record<'en' | 'de' | 'fr', { readonly message: string; readonly explanation: string }>>>>;
  readonly CONTEXT: LanguageContextTables;
}
