// The words the context analysis needs in each language. The English tables live beside the rules
// that use them (negation.ts, rights.ts, clarification.ts); each further language's catalogue
// (catalogue/<lang>/index.ts) exports one of these, so the analysis runs the same way on its text.

export interface LanguageContextTables {
  /** Words and punctuation that end a negation's scope looking back from the phrase (global flag): "aber", "mais". */
  readonly clauseBreak: RegExp;
  /** Negation and limiting triggers in the clause before the phrase: "nicht", "kein", "ne", "pas", "aucun", "nur". */
  readonly trigger: RegExp;
  /**
   * Words that look like triggers but do not negate (global flag): "nicht nur", "non seulement", "pas limité à".
   * Each match starts and ends with a letter between non-letters, and no trigger holds white space, so
   * removing a pseudo-trigger never forms a trigger (negation.ts skips clauses without one).
   */
  readonly pseudoTrigger: RegExp;
  /** A negated predicate right after the phrase, anchored with ^: "Dritte erhalten keine", "les tiers n'ont pas accès". */
  readonly negatedPredicate: RegExp;
  /** The user acting or a user's right in the sentence: "Sie können", "Ihr Recht auf", "vous pouvez", "votre droit". */
  readonly userActing: RegExp;
  /**
   * Words every match of userActing contains, without /u ("vous", "droit"): tested first, it rules out
   * most sentences at a fraction of userActing's cost (on text without "ſ" or "K", which /iu folds).
   */
  readonly userActingNeeds?: RegExp;
  /** Words right after a term that name what it means, tested sticky at the term's end: "nämlich", "à savoir". */
  readonly clarifier: RegExp;
  /** Quoted law or a statutory definition in the sentence: "die betroffene Person", "im Sinne des Art. 4" (languageChecks.ts). */
  readonly statute?: RegExp;
  /** Parts of words every match of statute contains (a plain substring search, tested first): most sentences are ruled out without running statute. */
  readonly statuteNeeds?: readonly string[];
  /** The phrase stands in a clause about the user's own action, tested at the end of the sentence before it: "Wenn Sie … ". */
  readonly userClause?: RegExp;
  /** The user is the subject of the clause the phrase opens, tested at its end: "Bei Bedarf | kontaktieren Sie uns". */
  readonly userFronted?: RegExp;
  /** Data the user chooses to give, right after a data phrase: "weitere Informationen, | die Sie angeben". */
  readonly userGives?: RegExp;
  /** A line below a data phrase (same section) that lists the data: "- Betroffene Daten: …", "Konkret sind dies". Multiline. */
  readonly dataListFollows?: RegExp;
  /** Someone other than the company as the hedge's subject, tested at the end of the sentence before it: "Sie erhalten", "weil Ihre Anmerkungen". */
  readonly otherSubject?: RegExp;
  /** The heading of a section on the user's rights, tested on the nearest heading above: "Ihre Rechte", "Recht auf Auskunft". */
  readonly rightsHeading?: RegExp;
  /** The company as an actor in the sentence ("wir", "uns"): a rights heading above does not defuse what the company itself does. */
  readonly companyActing?: RegExp;
  /** A name in apposition right after a singular recipient ("unser Partner | Mullvad führt"), tested on the text after it. */
  readonly nameAfterSingular?: RegExp;
  /** The legitimate interest stated in the passage after the phrase, before the next heading: "**Berechtigtes Interesse:** Unser Interesse ist …". */
  readonly interestStated?: RegExp;
  /** A possessive right before that recipient ("unser | Partner"), tested at the end of the sentence before it. */
  readonly possessiveSingularBefore?: RegExp;
  /** An article (and a few words) right before that recipient ("den Open Source | Webanalysedienst Matomo"), tested at the end of the sentence before it. */
  readonly articleSingularBefore?: RegExp;
  /** A national provision cited in parentheses in the rest of the phrase's clause: "(vgl. dazu insb. § 147 Abs. 3 AO)". Anchored with ^. */
  readonly provisionCitedAfter?: RegExp;
  /** A legitimate interest that points back to the interest or purposes just named, tested on the sentence: "Dies stellt ein berechtigtes Interesse … dar". */
  readonly interestRefersBack?: RegExp;
  /** A vague period's concrete period or ending event, in its section after its sentence: "Im Falle … ist dies nach spätestens 7 Tagen der Fall". */
  readonly periodGivenAfter?: RegExp;
  /** A processing named as the sentence's subject ("Eine Auswertung …"), tested on the sentence; with denyingPredicateAtEnd the whole subject is denied. */
  readonly deniedProcessingSubject?: RegExp;
  /** The sentence's last words deny its subject ("… findet nicht statt"), tested on the sentence after the phrase. */
  readonly denyingPredicateAtEnd?: RegExp;
}

/** What a language's rule module exports (catalogue/<lang>/index.ts). */
export interface LanguageRuleModule<Rule> {
  /** Rules whose message, explanation and question are written in the module's language. */
  readonly CATALOGUE: readonly Rule[];
  /** Message and explanation of each rule (by id) in the other interface languages (en, de, fr). */
  readonly UI_TEXT: Readonly<Record<string, Partial<Record<'en' | 'de' | 'fr', { readonly message: string; readonly explanation: string }>>>>;
  readonly CONTEXT: LanguageContextTables;
}
