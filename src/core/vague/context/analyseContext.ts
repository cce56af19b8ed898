// Runs every finding through the sentence it stands in before it is reported: labels and mentions
// are dropped (unless settings show them); negated or limited clauses, sentences about the user's
// rights, definitions and quoted law, and phrases followed by specific examples are lowered to a
// hint, with the reason kept on the finding for the hover and the CLI.
import type { Finding } from '../finding';
import type { Category } from '../ruleSchema';
import { isBasisCited } from './citation';
import { isDefinitionOrStatute } from './definition';
import { isFollowedBySpecificExamples, isObjectGivenByExamples } from './examples';
import { isQuotedMention } from './mention';
import { endsInCrossReference, isInPageLinkText } from './crossReference';
import { hasNegationTrigger, isInDeniedProcessingSubject, isNegatedAfter, isNegatedBefore, isNegatedBeforeParenthesis, isUnderNegatedListLead } from './negation';
import { isInDefinitionsSection } from './outline';
import type { ContextReason } from './reasons';
import { INTEREST_REACH, NEXT_SENTENCE_REACH, isDefinedTerm, isInterestStated, isNamedBeside, isNamedInNextSentence, isTiedToLegalProcess } from './resolvedNearby';
import { isAboutUserRights, isSentenceAboutUserRights, isUnderRightsListLead, namesARight } from './rights';
import { isTriggeredByUser, needsUserPermission } from './userBound';
import { isAboutRecipientDuties } from './safeguards';
import { isAboutPeopleFromCountries, isMadeARecipient } from './recipientRole';
import { isUnderFlowListLead } from './listLead';
import { EFFORT_GOAL_REACH, EFFORT_RULES, isEffortGoalNotAboutData } from './effortGoal';
import { BUYER_RULES, isBusinessTransferClause } from './businessTransfer';
import { isEnteredByUser } from './userEntered';
import { isHedgeOfOtherActor, isRecipientActingAlone, isWhatAnotherAgentDoes } from './otherActor';
import { countsNoData } from './quantityObject';
import { NEXT_SENTENCE_BOUND_REACH, isBoundedByPeriod } from './periodBound';
import { isAboutMessageToUser, isTimedMessageToUser } from './messageToUser';
import { isAdequacyOfTransferMechanism } from './transferMechanism';
import { isUsersCorrespondent } from './userContact';
import { isShownBeforeTransfer } from './shownBeforeTransfer';
import { isProvidedByUser } from './userProvided';
import { isAboutOthersPractice } from './othersPractice';
import { isAdvertisingChoice, isAdvertisingRule } from './adChoices';
import { isCcpaPurposeTerm, isCcpaRightToKnowItem, isShineTheLightRequest } from './ccpaTerms';
import { isAlternativeNeedingConsent } from './consentAlternative';
import { isDeletedByDeadline } from './deletedData';
import { isPolicyOverview } from './policyOverview';
import { DATA_BOUND_CATEGORIES, DATA_BOUND_RULES, saysNothingAboutData } from './aboutData';
import { isResolvedByListBelow, type ListKind } from './listFollows';
import { BACK_REFERENCE_CATEGORIES, LIST_CLOSING_RULES, closesAListOfThree, refersBack } from './referencesBack';
import { isObligationNamedByInstrument, namesLegalBases } from './legalBasis';
import { PURPOSES_ABOVE_REACH, isPurposeListAbove, purposePointedAt } from './purposesAbove';
import { SENTENCE_REACH, sentenceAround } from './sentence';
import { placeOnLine } from './structure';
import { contextTables } from '../ruleModules';
import { languageReason, type SentenceMemo } from './languageChecks';
import type { LanguageContextTables } from './languageContext';
import { caselessFor, readingDocument, caseless, type DocumentReading } from '../../text/asciiCaseless';
import { SAID_ABOVE_CATEGORIES, isSaidAbove } from './saidAbove';
import { closesInstrumentList } from './instrumentsClosed';
import { qualifiesAPurpose } from './kindOfPurpose';
import { CONTRACT_RULES, isContractNamedByService } from './contractNamed';
import { isMiddleOfConcreteList } from './listItem';
import { isDescribedByServices } from './servicesDescribed';
import { EVENT_END_RULES, isEndedByEvent } from './eventEnds';
import { COMPELLED_CATEGORIES, COMPELLED_RULES, isCompelledDisclosure } from './compelledDisclosure';
import { DEFINED_IN_PLACE_CATEGORIES, isDefinedInPlace } from './definedInPlace';
import { INLINE_LIST_RULES, isFollowedByInlineList } from './inlineList';
import { asciiTwinned } from '../../text/asciiTwinned';
import { PROTECTION_BY_LAW_RULES, isProtectionRequiredByLaw } from './protectionByLaw';
import { NEED_RULES, isNeedForSecurity } from './securityNeed';
import { NOT_RETROACTIVE_REACH, POLICY_CHANGE_RULES, isChangeNotRetroactive } from './changesNotRetroactive';
import { isTrackerDefinition } from './trackerDefinition';
import { CORPORATE_EVENT_RULES, namesCorporateEvents } from './corporateEvents';
import { INTEREST_ASSERTED_REACH, isInterestAsserted } from './interestAsserted';
import { INCLUDES_NEXT_REACH, isListedInNextSentence } from './includesNext';
import { POINTS_BELOW_REACH, isPointedBelow } from './pointsBelow';
import { INDEFINITE_RULES, isIndefiniteStatedPlainly } from './indefiniteStated';
import { CHANGE_NOTICE_REACH, CHANGE_NOTICE_RULES, isChangeNoticedAhead } from './changeNotice';
import { isAnsweredByNotice, isChangeNotified } from './changeNotified';
import { isListOfSecurityMeasures, isMeasureListRule } from './securityMeasures';
import { isIdentificationRiskWarning } from './identificationRisk';
import { RETENTION_HEDGE_RULES, isRetentionBoundedByPeriod } from './retentionBound';
import { isAboutKeepingDataAccurate } from './accuracyUpkeep';
import { isOpenListOfContactChannels, usesChannelsToCommunicate } from './contactChannel';
import { isUseDisabled } from './disabledUse';
import { EMERGENCY_CATEGORIES, isInEmergencyClause } from './emergencyNamed';
import { countsWaysOfCollecting } from './waysCounted';
import { isUserOption } from './userOption';
import { isListLabelledAsTerm } from './termLabelled';
import { USER_CHOICE_CATEGORIES, isUpToUsersChoice } from './userChoice';
import { isInAdviceToUser, mayBeAdviceToUser } from './adviceToUser';
import { PROTECTED_CATEGORIES, isWhatIsProtected } from './dataProtected';
import { INTEREST_NAMED_REACH, isInterestNamed } from './interestNamed';
import { isAnnouncedListBelow } from './announcedList';
import { USER_CHOICE_LIST_RULES, isListClosedByUserChoice } from './userChoiceList';
import { isPurposeCarriedOutBy } from './purposeMeans';
import { LEGAL_DUTY_RULES, isLegalDutyToUser, isLegalRetentionWithPeriod } from './legalDutyStated';
import { SECURITY_AIM_RULES, isSecurityAgainstFraud } from './securityAim';
import { isOpenWayOfReachingUs } from './contactWays';
import { isInformationForUser } from './infoToUser';
import { isDeletedOutright } from './deletedOutright';
import { NOT_PERSONAL_PHRASE_RULES, isHedgeOnNotPersonalData, isPointingBackAtMadeAnonymous } from './notPersonalObject';
import { UMBRELLA_RULES, leadsIntoCountedWays } from './umbrellaLead';
import { DISCLAIMED_EFFORT_RULES, isSecurityDisclaimer } from './securityDisclaimer';

export interface ContextOptions {
  /** Keep findings in headings, table labels and bold labels (default: dropped). */
  labels: boolean;
  /** Keep phrases in quotation marks in the author's own prose (default: dropped). */
  mentions: boolean;
  /** Keep lowered findings as hints with their reason (default: dropped; their precision is low). */
  showLowered: boolean;
}

/**
 * Categories whose vagueness a negation or limit removes ("we do not share with third parties"). An
 * open list in a denial ("we do not link it to personal information such as your user name") only
 * widens what the company says it does not do.
 */
const NEGATABLE: ReadonlySet<Category> = new Set<Category>(['open-lists', 'unnamed-recipients', 'open-purposes', 'hedged-modality', 'unspecific-data', 'vague-legal-basis']);
/** Categories that describe the user's options harmlessly in a rights sentence ("you may object at any time"). */
const RIGHTS_HARMLESS: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'vague-time', 'vague-legal-basis']);
/**
 * English only: unspecific data in a rights sentence ("you may delete certain information from your
 * profile"). The German and French rights check reads the whole sentence, where "Sie haben das Recht"
 * sits beside the company's own vague data (judged true there).
 */
const RIGHTS_HARMLESS_ENGLISH: ReadonlySet<Category> = new Set<Category>(['unspecific-data']);
/** Categories whose phrases policies turn into defined terms ("the Partner", "Usage Data"). */
const DEFINABLE: ReadonlySet<Category> = new Set<Category>(['unnamed-recipients', 'unspecific-data', 'vague-legal-basis']);
/** Categories a permission the user must give bounds: "if we need to use it for other purposes, we will ask your permission first". */
const PERMISSION_BOUND: ReadonlySet<Category> = new Set<Category>(['hedged-modality', 'open-purposes']);
/** Recipients that are authorities: a named legal process says when they receive data. */
const AUTHORITY_RULES: ReadonlySet<string> = new Set(['law-enforcement', 'public-authorities']);
/** Open purposes that point to another place in the policy ("for the purposes set out above"). */
const POINTER_RULES: ReadonlySet<string> = new Set(['purposes-described-elsewhere', 'as-described-in-policy']);
/** Categories a specific list right below the sentence resolves ("We process the following personal data:"). */
const LIST_RESOLVED: ReadonlySet<Category> = new Set<Category>(['unspecific-data', 'vague-quantity', 'unnamed-recipients']);
/** What a list below must be a list of to resolve the finding: its recipients, or its data. */
function listKindOf(finding: Finding): ListKind {
  return finding.category === 'unnamed-recipients' ? 'recipients' : finding.category === 'vague-quantity' ? 'any' : 'data';
}
/** Categories that say when or why the company writes to the user in "occasionally send you an email", "for legal reasons, an e-mail will be sent". */
const MESSAGE_TIMED: ReadonlySet<Category> = new Set<Category>(['vague-time', 'vague-legal-basis', 'hedged-modality']);
/** Categories that named examples right after resolve. */
const EXAMPLE_RESOLVED: ReadonlySet<Category> = new Set<Category>(['open-lists', 'unnamed-recipients', 'unspecific-data', 'open-purposes']);
/**
 * Open-list rules that only introduce examples ("such as"): specific examples make them harmless.
 * Rules that assert the list is open ("including but not limited to", "etc.") stay, whatever follows.
 */
const EXAMPLE_LEAD_RULES: ReadonlySet<string> = new Set(['such-as', 'for-example', 'in-particular', 'including']);
/**
 * Hedges whose object, when it follows at once and is concrete ("we may collect your name and email
 * address"), says what happens: judged on real policies, the hedge alone is then not worth a squiggle.
 */
const HEDGES_RESOLVED_BY_OBJECT: ReadonlySet<string> = new Set(['may-collect', 'may-use', 'may-share', 'may-retain']);
/** Rules a list below resolves besides LIST_RESOLVED's categories: hedges whose object the list gives ("It may include the following:"). */
const LIST_RESOLVED_RULES: ReadonlySet<string> = new Set([...HEDGES_RESOLVED_BY_OBJECT, 'may-include']);

/**
 * The recipients are named nearby: "the following (external) service providers" (the list after
 * names them), "these service providers" (the ones just named), "Plausible as a third-party service".
 */
const NAMED_LIST_FOLLOWS = asciiTwinned(
  () => /(?:\b(?:[Tt]he|[Tt]hese) following|\b(?:[Tt]hese|[Tt]hose|[Tt]he above|[Tt]he above-mentioned|[Tt]he aforementioned)|(?:^|\s)[\p{Lu}][\p{L}\p{N}.&-]+\s+as\s+an?)(?:\s+[\p{L}-]+){0,3}\s*$/u,
);

/** The hedge's object points at a list the policy gives: "may share … with the third parties listed below". */
const LIST_REFERENCE = caseless(/^[^.;:]{0,80}?\b(?:(?:listed|named|set out|set forth|described|shown) (?:below|above|in (?:the )?(?:table|list|section))|the following\b)/iu);

/**
 * The hedge's purpose is one the user asked for or expects: "we may use your email address to
 * contact you about your order", "to respond to your request". Judged on real policies, such a
 * "may use" says what happens; open purposes ("to improve our services") have rules of their own.
 */
const SPECIFIC_PURPOSE = caseless(
  /^[^.;:]{0,60}?\bto (?:contact you|e-?mail you|reply to you|respond to (?:you|your)|answer (?:you|your)|send you (?:the|your|a receipt|an? (?:confirmation|invoice))|process your (?:order|payment|request|application)|deliver (?:the|your)|verify your (?:identity|account|email))\b/iu,
);

/** "*(Question to ask: …)*" or a "[^qN]: Question to ask: …" note: the extension's own insertion, not policy text. */
const INSERTED_QUESTION = /(?:\(|\]:\s)Question to ask:[^)\n]*$/;

function isInInsertedQuestion(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 300), offset);
  return before.includes('Question to ask:') && INSERTED_QUESTION.test(before);
}

/** Sharing or use of information that is not about a person: judged not worth questioning on real policies. */
const NOT_PERSONAL_DATA = caseless(
  /\b(?:de-?identified|anonymi[sz]ed|anonymous|aggregated?|non-personally[ -]identif\w*|non-personal|summary) (?:or (?:\w+ )?)?(?:information|data|statistics|reports?|totals|figures)\b/iu,
);
/** A cause right before an open purpose's phrase: "due to the further development of …", "as a result of the …". */
const CAUSE_BEFORE = caseless(/\b(?:due to|as a result of|because of|owing to|in the course of)\s+(?:the\s+)?$/iu);
/** Aggregated or anonymised data named as the object right before the phrase, in its own clause. */
const NOT_PERSONAL_OBJECT_BEFORE = caseless(
  /\b(?:such|this|the|these|only)\s+(?:de-?identified|anonymi[sz]ed|anonymous|aggregated?|non-personal)\s+(?:information|data|statistics|reports?)\b[^.;:!?()]*$/iu,
);
const NOT_PERSONAL_OBJECT_REACH = 90;
/** An open purpose that is an alternative to those named ("any other purpose", "other activities"): what follows only gives examples of it. */
const OPEN_ALTERNATIVE = /\b(?:other|any)\b/iu;
/** The words NOT_PERSONAL_DATA and NOT_PERSONAL_OBJECT_BEFORE need, looked for once in the whole sentence: most have none. */
const ANONYMISED_WORD = caseless(/\b(?:de-?identified|anonymi[sz]ed|anonymous|aggregated?|non-personally[ -]identif\w*|non-personal|summary)\s/iu);
/** …unless the same sentence also covers personal data. */
const PERSONAL_DATA_TOO = caseless(/\b(?:personal (?:data|information)|personally identifiable information|your (?:name|e-?mail|address|data|information))\b(?!\s*(?:is|are) not)/iu);
/**
 * The subject right before a hedge ("Third parties may collect", "you may provide"): someone other
 * than the company. A name is not taken for another company: it is as often the company's own.
 */
const OTHER_SUBJECT = caseless(
  /\b(?:you|users?|visitors?|someone|somebody|anyone|anybody|third[ -]part(?:y|ies)|partners?|they|others|(?:service )?providers?|hosts?|participants?|the sender|recipients?|your (?:smartphone|phone|device|browser|computer|operating system))\s+(?:also\s+|only\s+)?$/iu,
);

const USER_INCLUDES_BEFORE = caseless(/\b(?:you|users?)\s+$/iu);

function hasOtherSubject(before: string): boolean {
  return OTHER_SUBJECT.test(before.slice(-60));
}

/**
 * The user is the one who gives the data to the recipient, or picks the recipient: "if you have to
 * prove your test result to third parties", "other parties that you authorise". Not a recipient
 * the company chooses, so not vague about what the company does (judged so on real policies).
 */
const USER_GIVES_BEFORE = asciiTwinned(
  () =>
    /\byou\s+(?:(?:[\p{Ll}’'-]+\s+){0,3}?)(?:share|show|present|prove|send|give|disclose|provide|submit|forward|post|publish|choose|decide|select)\w*\b(?:(?![.;:!?]|\b(?:we|us|our|but|however)\b)[^\n])*$/iu,
);
const USER_CHOOSES_AFTER = caseless(
  /^[ \t]*(?:that|whom|who|which)[ \t]+you[ \t]+(?:(?:have|may|can|explicitly|expressly)[ \t]+)?(?:authori[sz]e|choose|chose|select|direct|designate|approve|connect|link|nominate)|^[ \t]*(?:designated|chosen|selected|authori[sz]ed|nominated)[ \t]+by[ \t]+you\b/iu,
);

/**
 * Countries: only "users from other countries"; other recipients: no data flow to them in the
 * sentence (recipientRole.ts). A table row is left alone: its column header says what the cell is.
 */
function isNotARecipient(text: string, facts: SentenceFacts, finding: Finding, before: string): boolean {
  if (finding.ruleId === 'unnamed-countries') return isAboutPeopleFromCountries(before);
  // "prevent unauthorised third parties from accessing": the people kept out, not recipients.
  if (UNAUTHORISED_BEFORE.test(before)) return true;
  if (isUnderFlowListLead(text, facts.start)) return false;
  const lineBefore = text.slice(Math.max(0, finding.start - SENTENCE_REACH), finding.start);
  if (TABLE_ROW.test(lineBefore.slice(lineBefore.lastIndexOf('\n') + 1))) return false;
  const previousSentence = (): string => previousSentenceOf(text, facts.start);
  return !isMadeARecipient({ before, matched: text.slice(finding.start, finding.end), after: text.slice(finding.end, facts.end), previousSentence });
}
const TABLE_ROW = /^[ \t>]*\|/u;

/** The sentence before the one starting at `start` ('' at the start of the text). */
function previousSentenceOf(text: string, start: number): string {
  const previous = start > 0 ? sentenceAround(text, start - 1, start - 1) : undefined;
  return previous ? text.slice(previous.start, previous.end) : '';
}
const UNAUTHORISED_BEFORE = caseless(/\b(?:unauthori[sz]ed|unauthenticated|malicious)\s+$/iu);

/** Whether the sentence holds a negation trigger in the words of `tables`, asked once per sentence and language. */
function hasTriggerIn(facts: SentenceFacts, tables: LanguageContextTables | undefined): boolean {
  if (facts.negationTrigger?.tables !== tables || facts.negationTrigger === undefined) facts.negationTrigger = { tables, found: hasNegationTrigger(facts.text, tables) };
  return facts.negationTrigger.found;
}

export type ContextVerdict = { action: 'keep' } | { action: 'lower' | 'drop'; reason: ContextReason };

const KEEP: ContextVerdict = { action: 'keep' };

/** The sentence facts of the last finding, carried between the slices of one document (createInSlices). */
export interface ContextCarry {
  facts?: SentenceFacts;
  /** Whether the document was scanned for the characters /iu folds, and how many findings asked so far. */
  reading?: DocumentReading;
}

/** What is true of a whole sentence, computed once for all the findings in it. */
interface SentenceFacts {
  start: number;
  end: number;
  text: string;
  definition: boolean | undefined;
  notPersonal: boolean | undefined;
  /** The English rights checks that read the whole sentence (rights.ts). */
  userRights?: boolean;
  /** This sentence or the next says the recipient is shown before sending (shownBeforeTransfer.ts). */
  shownBeforeTransfer?: boolean;
  /** The sentence has a word for aggregated or anonymised data (ANONYMISED_WORD). */
  anonymisedWord?: boolean;
  /** A negation trigger somewhere in the sentence, for the tables it was computed with (negation.ts). */
  negationTrigger?: { tables: LanguageContextTables | undefined; found: boolean };
  /** The sentence says nothing about data, the policy or an account (aboutData.ts). */
  notAboutData?: boolean;
  /** Sentence-wide answers of the families that read only the sentence (and the text around it): asked once per sentence. */
  trackerDefinition?: boolean;
  keepingAccurate?: boolean;
  channelsToCommunicate?: boolean;
  changeNotified?: boolean;
  /** The sentence makes the use depend on the user's permission (userBound.ts). */
  permissionNeeded?: boolean;
  /** The sentence warns that data can point to who the user is (identificationRisk.ts), asked once per sentence. */
  identificationRisk?: boolean;
  /** The sentence may advise the user what to do, and says nothing of the company's handling (adviceToUser.ts). */
  adviceToUser?: boolean;
  /** The sentence copies California's statutory wording (ccpaTerms.ts): why that lowers its findings, or null. Asked once per sentence. */
  californiaWording?: ContextReason | null;
  /** Answers of a language's checks about the sentence (German, French), for the tables they were computed with. */
  languageMemo?: { tables: LanguageContextTables; memo: SentenceMemo; userActing?: boolean };
}

function judgeWithFacts(text: string, finding: Finding, options: ContextOptions, previous: SentenceFacts | undefined): { verdict: ContextVerdict; facts: SentenceFacts | undefined } {
  if (isInInsertedQuestion(text, finding.start)) return { verdict: { action: 'drop', reason: 'mention' }, facts: previous };
  const place = placeOnLine(text, finding.start, finding.end);
  if (place.label && !options.labels) return { verdict: { action: 'drop', reason: 'label' }, facts: previous };
  // Findings come in document order: the one before is often in the same sentence.
  const span = previous && previous.start <= finding.start && finding.end <= previous.end ? previous : sentenceAround(text, finding.start, finding.end);
  const facts: SentenceFacts = span === previous ? previous : { start: span.start, end: span.end, text: text.slice(span.start, span.end), definition: undefined, notPersonal: undefined };
  const verdict = (action: 'lower' | 'drop', reason: ContextReason) => ({ verdict: { action, reason }, facts });
  const before = text.slice(facts.start, finding.start);
  // One string for the rest of the sentence: every check that reads it gets the same object, so the
  // per-text caches of the pattern twins (asciiCaseless.ts, asciiTwinned.ts) hold across them.
  const after = text.slice(finding.end, facts.end);
  if (!place.quoted && !options.mentions && isQuotedMention(facts.text, finding.start - facts.start, finding.end - facts.start)) return verdict('drop', 'mention');
  if (endsInCrossReference(before)) return verdict('drop', 'mention');
  if (isInPageLinkText(text, finding.start, finding.end)) return verdict('drop', 'mention');
  // German and French blocks: their language's words for negation, definitions and the user's rights (#14).
  const tables = contextTables(finding.language);
  // The English words for definitions and quoted law (a German or French sentence is read by its tables' statute words).
  if (!tables) {
    facts.definition ??= isDefinitionOrStatute(facts.text, isInDefinitionsSection(text, facts.start));
    if (facts.definition) return verdict('lower', 'definition');
    facts.californiaWording ??= isCcpaRightToKnowItem(facts.text) ? 'definition' : isShineTheLightRequest(facts.text) ? 'user-rights' : null;
    if (facts.californiaWording) return verdict('lower', facts.californiaWording);
  }
  const matched = text.slice(finding.start, finding.end);
  if (DEFINABLE.has(finding.category) && isDefinedTerm(before, matched, finding.language === 'de')) return verdict('lower', 'definition');
  // Not an agreement inferred from use ("as you have a usage contract with us by using our services"): the article names the basis, not how the user entered it.
  if (finding.category === 'vague-legal-basis' && finding.ruleId !== 'agreement-by-use' && isBasisCited(facts.text, matched)) return verdict('lower', 'cited');
  if (tables && facts.languageMemo?.tables !== tables) facts.languageMemo = { tables, memo: {} };
  const languageMemo = tables ? facts.languageMemo : undefined;
  const languageVerdict = tables && languageReason(tables, { finding, text, sentenceStart: facts.start, sentence: facts.text, memo: languageMemo!.memo });
  if (languageVerdict) return verdict('lower', languageVerdict);
  if (!tables && isPolicyOverview(before)) return verdict('lower', 'policy-overview');
  // "As we mentioned, we may share some information …": the earlier statement carries the finding.
  // A limit ("only for", "solely in") does not close an open purpose: the limit is as open as the purpose ("uses it only for
  // legitimate business and operational purposes"). It does close a pointer to the policy's own list ("only for the purposes set out in this policy").
  if (
    NEGATABLE.has(finding.category) &&
    ((hasTriggerIn(facts, tables) &&
      (isNegatedBefore(before, text.slice(finding.start, finding.end), tables, !tables && finding.category === 'open-purposes' && !POINTER_RULES.has(finding.ruleId)) ||
        isNegatedBeforeParenthesis(before, tables))) ||
      isUnderNegatedListLead(text, facts.start))
  )
    return verdict('lower', 'negated');
  if (finding.category === 'unnamed-recipients' && isNegatedAfter(text.slice(finding.end, finding.end + 40), tables)) return verdict('lower', 'negated');
  if (NEGATABLE.has(finding.category) && !tables && isInDeniedProcessingSubject(facts.text, finding.start - facts.start)) return verdict('lower', 'negated');
  if (!tables && namesARight(facts.text)) return verdict('lower', 'user-rights');
  // With a language's tables the check reads the sentence alone (rights.ts): once per sentence.
  const aboutRights = (): boolean =>
    languageMemo
      ? (languageMemo.userActing ??= isAboutUserRights(before, facts.text, '', tables))
      : isAboutUserRights(before, facts.text, text.slice(finding.end, finding.end + 20), tables, (facts.userRights ??= isSentenceAboutUserRights(facts.text))) ||
        isUnderRightsListLead(text, facts.start);
  // An agreement inferred from use always has the user in its sentence ("as you have a usage contract with us by using our services"): not an option of the user's.
  if ((RIGHTS_HARMLESS.has(finding.category) || (!tables && RIGHTS_HARMLESS_ENGLISH.has(finding.category))) && finding.ruleId !== 'agreement-by-use' && aboutRights())
    return verdict('lower', 'user-rights');
  // "You can opt out of … targeted advertising": the advertising the user can refuse, not a use the sentence declares.
  if (!tables && isAdvertisingRule(finding.ruleId) && isAdvertisingChoice(facts.text)) return verdict('lower', 'user-rights');
  if (finding.category === 'hedged-modality' && hasOtherSubject(before)) return verdict('lower', 'other-subject');
  // "Front may process …" (a service the policy says the company uses), "may be republished by anyone".
  if (!tables && finding.category === 'hedged-modality' && isHedgeOfOtherActor(before, after, text, finding.start, finding.ruleId.startsWith('may-be-'))) return verdict('lower', 'other-subject');
  // "If your content is public, third parties may access it": what they do themselves, not a disclosure.
  // "it may be accessed and analysed by security authorities …, for example by linking the data with other information".
  if (!tables && finding.category === 'unspecific-data' && isWhatAnotherAgentDoes(before)) return verdict('lower', 'acts-alone');
  if (!tables && finding.category === 'unnamed-recipients' && isRecipientActingAlone(before, after)) return verdict('lower', 'acts-alone');
  // "any personal data you might include in a file you upload": what the user puts in, not an open list of the company's.
  if (finding.ruleId === 'may-include' && USER_INCLUDES_BEFORE.test(before.slice(-30))) return verdict('lower', 'other-subject');
  if (!tables && finding.category === 'hedged-modality' && isTriggeredByUser(before)) return verdict('lower', 'user-triggered');
  // "some DNS providers sell data about your Internet activity": what other companies do in general.
  if (!tables && isAboutOthersPractice(before)) return verdict('lower', 'others-practice');
  if (!tables && EFFORT_RULES.has(finding.ruleId) && isEffortGoalNotAboutData(text.slice(finding.start, Math.min(facts.end, finding.end + EFFORT_GOAL_REACH))))
    return verdict('lower', 'goal-not-data');
  if (!tables && PERMISSION_BOUND.has(finding.category) && (facts.permissionNeeded ??= needsUserPermission(facts.text))) return verdict('lower', 'permission-needed');
  // "… or otherwise with your consent": the open alternative needs the user's consent.
  if (!tables && finding.category === 'open-lists' && isAlternativeNeedingConsent(after)) return verdict('lower', 'permission-needed');
  // "send the messages to the communication partner": the person the user writes to.
  if (!tables && finding.category === 'unnamed-recipients' && isUsersCorrespondent(before, matched)) return verdict('lower', 'user-chosen');
  if (finding.category === 'unnamed-recipients' && (USER_GIVES_BEFORE.test(before) || USER_CHOOSES_AFTER.test(text.slice(finding.end, finding.end + 60)))) return verdict('lower', 'user-chosen');
  if (!tables && finding.category === 'unspecific-data' && (isEnteredByUser(before) || isProvidedByUser(before, matched, after))) return verdict('lower', 'user-entered');
  // English words for aggregated data: a German or French sentence has none of them (and is not read for its own yet).
  facts.anonymisedWord ??= !tables && caselessFor(ANONYMISED_WORD, facts.text).test(facts.text);
  // NOT_PERSONAL_DATA needs one of ANONYMISED_WORD's words: most sentences are ruled out by that one scan.
  facts.notPersonal ??= facts.anonymisedWord && caselessFor(NOT_PERSONAL_DATA, facts.text).test(facts.text) && !PERSONAL_DATA_TOO.test(facts.text);
  if (facts.notPersonal) return verdict('lower', 'not-personal-data');
  // The clause right before shares what it calls aggregated or anonymised: "(we aggregate all information, including your personal information, and) share such aggregated information with third parties".
  if (!tables && facts.anonymisedWord && NOT_PERSONAL_OBJECT_BEFORE.test(before.slice(-NOT_PERSONAL_OBJECT_REACH))) return verdict('lower', 'not-personal-data');
  if (finding.category === 'unnamed-recipients' && isNamedBeside(before, text.slice(finding.end, Math.min(facts.end, finding.end + 120)), finding.language === 'de'))
    return verdict('lower', 'named-beside');
  if (
    finding.category === 'unnamed-recipients' &&
    !tables &&
    (facts.shownBeforeTransfer ??= isShownBeforeTransfer(facts.text) || isShownBeforeTransfer(text.slice(facts.end, facts.end + NEXT_SENTENCE_REACH)))
  )
    return verdict('lower', 'shown-before-transfer');
  if (finding.category === 'unnamed-recipients' && !tables && isNamedInNextSentence(text.slice(facts.end, facts.end + NEXT_SENTENCE_REACH))) return verdict('lower', 'named-beside');
  if (finding.category === 'unnamed-recipients' && !tables && isAboutRecipientDuties(before, after)) return verdict('lower', 'recipient-duties');
  if (!tables && BUYER_RULES.has(finding.ruleId) && isBusinessTransferClause(facts.text)) return verdict('lower', 'business-transfer');
  if (finding.category === 'unnamed-recipients' && !tables && isNotARecipient(text, facts, finding, before)) return verdict('lower', 'not-a-recipient');
  if (AUTHORITY_RULES.has(finding.ruleId) && isTiedToLegalProcess(after)) return verdict('lower', 'legal-process');
  if (finding.category === 'vague-legal-basis' && !tables && isObligationNamedByInstrument(before, after)) return verdict('lower', 'legal-process');
  // A bare "legitimate interest" stays: naming that basis still leaves the interest to be said (interest-stated).
  if (finding.category === 'vague-legal-basis' && !tables && !/legitimate interest/iu.test(matched) && namesLegalBases(facts.text)) return verdict('lower', 'basis-named');
  if (finding.category === 'vague-legal-basis' && /legitimate interest/iu.test(matched) && isInterestStated(text.slice(finding.start, finding.start + INTEREST_REACH)))
    return verdict('lower', 'interest-stated');
  if (!tables && BACK_REFERENCE_CATEGORIES.has(finding.category) && refersBack(before, matched)) return verdict('lower', 'refers-back');
  if (!tables && LIST_CLOSING_RULES.has(finding.ruleId) && closesAListOfThree(before)) return verdict('lower', 'examples-before');
  if (!tables && LIST_CLOSING_RULES.has(finding.ruleId) && closesInstrumentList(before, after)) return verdict('lower', 'instruments-named');
  if (!tables && SAID_ABOVE_CATEGORIES.has(finding.category) && isSaidAbove(facts.text, finding.start - facts.start, finding.end - facts.start)) return verdict('lower', 'said-above');
  if (!tables && DEFINED_IN_PLACE_CATEGORIES.has(finding.category) && isDefinedInPlace(matched, after)) return verdict('lower', 'defined-in-place');
  if (!tables && (COMPELLED_RULES.has(finding.ruleId) || COMPELLED_CATEGORIES.has(finding.category)) && isCompelledDisclosure(facts.text, finding.end - facts.start))
    return verdict('lower', 'compelled-disclosure');
  // "the same level of protection as required under applicable data-protection laws": the law measures the protection promised.
  if (!tables && PROTECTION_BY_LAW_RULES.has(finding.ruleId) && isProtectionRequiredByLaw(before)) return verdict('lower', 'protection-by-law');
  // "We may revise this policy from time to time. The changes will not be retroactive": a change cannot reach data already given.
  if (!tables && POLICY_CHANGE_RULES.has(finding.ruleId) && isChangeNotRetroactive(facts.text, text.slice(facts.end, facts.end + NOT_RETROACTIVE_REACH))) return verdict('lower', 'not-retroactive');
  // "as necessary to identity proof an individual", "authenticate access (where required)": the need is named.
  if (!tables && NEED_RULES.has(finding.ruleId) && isNeedForSecurity(before, after)) return verdict('lower', 'security-need');
  // "Cookies are small data files placed on your computer by websites …": what a tracker is in general.
  if (!tables && (facts.trackerDefinition ??= isTrackerDefinition(facts.text))) return verdict('lower', 'tracker-defined');
  // "If … involved in a reorganization, merger, acquisition or sale of our assets, your data may be transferred": the events are named.
  if (!tables && CORPORATE_EVENT_RULES.has(finding.ruleId) && namesCorporateEvents(facts.text, matched, finding.category === 'hedged-modality')) return verdict('lower', 'corporate-events-named');
  // "– legitimate interests. We assert that we have a legitimate charitable and commercial interest in giving …", "Legitimate interest: security".
  if (!tables && finding.category === 'vague-legal-basis' && /legitimate interest/iu.test(matched) && isInterestAsserted(text.slice(finding.start, finding.start + INTEREST_ASSERTED_REACH)))
    return verdict('lower', 'interest-stated');
  // "We receive some information automatically … This includes information about the device, …, your IP address, …".
  if (!tables && finding.category === 'unspecific-data' && isListedInNextSentence(text.slice(facts.end, facts.end + INCLUDES_NEXT_REACH))) return verdict('lower', 'listed-next');
  // "Certain information is processed automatically … We have listed below which personal data …", "Below, we list the cookies … that this site can use".
  if (
    !tables &&
    (finding.category === 'unspecific-data' || finding.category === 'hedged-modality') &&
    isPointedBelow(finding.category === 'hedged-modality' ? before : facts.text, text.slice(facts.end, facts.end + POINTS_BELOW_REACH), finding.category === 'hedged-modality')
  )
    return verdict('lower', 'listed-below');
  // "All content sent to mailing lists is archived indefinitely", "| IP address | … | indefinitely |": a plain, if long, period.
  if (!tables && INDEFINITE_RULES.has(finding.ruleId) && isIndefiniteStatedPlainly(before, after)) return verdict('lower', 'kept-without-limit');
  // "We may revise this policy from time to time. … we will email you … 7 days before we make those changes": a dated notice.
  if (!tables && CHANGE_NOTICE_RULES.has(finding.ruleId) && isChangeNoticedAhead(facts.text, text.slice(facts.end, facts.end + CHANGE_NOTICE_REACH))) return verdict('lower', 'notice-ahead');
  if (!tables && finding.category === 'unnamed-recipients' && isDescribedByServices(after)) return verdict('lower', 'services-described');
  if (
    !tables &&
    isAnsweredByNotice(finding.ruleId, finding.category) &&
    (facts.changeNotified ??= isChangeNotified(facts.text, text.slice(facts.end, facts.end + CHANGE_NOTICE_REACH), () => previousSentenceOf(text, facts.start)))
  )
    return verdict('lower', 'change-notified');
  if (!tables && isMeasureListRule(finding.ruleId, finding.category) && isListOfSecurityMeasures(facts.text, after)) return verdict('lower', 'security-measures');
  if (!tables && (facts.identificationRisk ??= isIdentificationRiskWarning(facts.text))) return verdict('lower', 'identification-risk');
  if (!tables && RETENTION_HEDGE_RULES.has(finding.ruleId) && isRetentionBoundedByPeriod(after)) return verdict('lower', 'period-bound');
  if (!tables && (facts.keepingAccurate ??= isAboutKeepingDataAccurate(facts.text))) return verdict('lower', 'accuracy-upkeep');
  if (!tables && finding.category === 'open-lists' && isOpenListOfContactChannels(before)) return verdict('lower', 'contact-channel');
  if (!tables && (finding.category === 'open-lists' || finding.category === 'hedged-modality') && (facts.channelsToCommunicate ??= usesChannelsToCommunicate(facts.text)))
    return verdict('lower', 'contact-channel');
  if (!tables && finding.category === 'unnamed-recipients' && isUseDisabled(before)) return verdict('lower', 'negated');
  if (!tables && EVENT_END_RULES.has(finding.ruleId) && isEndedByEvent(after)) return verdict('lower', 'event-ends');
  if (!tables && INLINE_LIST_RULES.has(finding.ruleId) && isFollowedByInlineList(after)) return verdict('lower', 'listed-inline');
  if (!tables && finding.category === 'vague-legal-basis' && isInterestNamed(text.slice(finding.start, finding.start + INTEREST_NAMED_REACH), before)) return verdict('lower', 'interest-stated');
  if (
    !tables &&
    finding.category !== 'vague-quantity' &&
    isAnnouncedListBelow(text, finding.end, facts.end, finding.category === 'vague-time' ? matched : undefined, finding.category === 'unspecific-data' ? matched : undefined)
  )
    return verdict('lower', 'listed-below');
  if (!tables && (finding.category === 'unspecific-data' || USER_CHOICE_LIST_RULES.has(finding.ruleId)) && isListClosedByUserChoice(after)) return verdict('lower', 'rest-user-chosen');
  // Not an open alternative ("for any other purpose, including verifying …"): examples do not close "other".
  if (!tables && finding.category === 'open-purposes' && !OPEN_ALTERNATIVE.test(matched) && isPurposeCarriedOutBy(after)) return verdict('lower', 'means-named');
  if (!tables && LEGAL_DUTY_RULES.has(finding.ruleId) && isLegalDutyToUser(before, after)) return verdict('lower', 'duty-to-you');
  if (!tables && LEGAL_DUTY_RULES.has(finding.ruleId) && isLegalRetentionWithPeriod(after)) return verdict('lower', 'period-bound');
  if (!tables && SECURITY_AIM_RULES.has(finding.ruleId) && isSecurityAgainstFraud(before)) return verdict('lower', 'security-aim-named');
  if (!tables && finding.category === 'unnamed-recipients' && qualifiesAPurpose(after)) return verdict('lower', 'not-a-recipient');
  if (!tables && CONTRACT_RULES.has(finding.ruleId) && isContractNamedByService(after)) return verdict('lower', 'contract-named');
  if (!tables && USER_CHOICE_CATEGORIES.has(finding.category) && isUpToUsersChoice(facts.text, before, text.slice(finding.start, facts.end))) return verdict('lower', 'users-choice');
  if (!tables && (facts.adviceToUser ??= mayBeAdviceToUser(facts.text)) && isInAdviceToUser(before)) return verdict('lower', 'advice-to-user');
  if (!tables && PROTECTED_CATEGORIES.has(finding.category) && isWhatIsProtected(before)) return verdict('lower', 'data-protected');
  if (!tables && finding.category === 'vague-time' && isTimedMessageToUser(before, after)) return verdict('lower', 'message-to-you');
  if (!tables && finding.category === 'unspecific-data' && isMiddleOfConcreteList(before, after)) return verdict('lower', 'list-item');
  if (!tables && DATA_BOUND_CATEGORIES.has(finding.category) && (facts.notAboutData ??= saysNothingAboutData(facts.text))) return verdict('lower', 'not-about-data');
  // The rule's own words ("change") are not what the sentence is about: read the sentence without them.
  if (!tables && DATA_BOUND_RULES.has(finding.ruleId) && saysNothingAboutData(before + after)) return verdict('lower', 'not-about-data');
  // "as long as is required by Dutch law (but no longer than 10 years)": a concrete limit follows.
  if (!tables && finding.category === 'vague-time' && isBoundedByPeriod(matched, after, text.slice(facts.end, facts.end + NEXT_SENTENCE_BOUND_REACH))) return verdict('lower', 'period-bound');
  // "For legal reasons, a confirmation e-mail will be sent", "may occasionally send you an email": writing to the user.
  if (!tables && MESSAGE_TIMED.has(finding.category) && isAboutMessageToUser(after)) return verdict('lower', 'message-to-you');
  // "not recognized by the European Commission as providing adequate protection": the legal term for transfers.
  if (!tables && finding.category === 'vague-quantity' && isAdequacyOfTransferMechanism(matched, facts.text)) return verdict('lower', 'transfer-mechanism');
  // "All other data … will be deleted after 21 days at the latest": a deadline for deleting it, not a use.
  if (!tables && finding.category === 'unspecific-data' && isDeletedByDeadline(after)) return verdict('lower', 'deleted-in-time');
  // "a number of your smartphone's features", "a variety of opt-in surveys": the amount counts no data.
  if (!tables && finding.category === 'vague-quantity' && countsNoData(after)) return verdict('lower', 'counts-no-data');
  // "Due to the further development of our website, … it may become necessary to change this policy": a cause, not what data is used for.
  if (!tables && finding.category === 'open-purposes' && CAUSE_BEFORE.test(before.slice(-30))) return verdict('lower', 'cause-not-purpose');
  if (POINTER_RULES.has(finding.ruleId) && isPurposeListAbove(matched, text.slice(Math.max(0, finding.start - PURPOSES_ABOVE_REACH), finding.start))) return verdict('lower', 'listed-above');
  if (!tables && finding.category === 'open-purposes') {
    const pointed = purposePointedAt(after);
    if (pointed) return verdict('lower', pointed === 'above' ? 'listed-above' : 'listed-below');
    if (isCcpaPurposeTerm(finding.ruleId, after, facts.text)) return verdict('lower', 'definition');
  }
  if (EXAMPLE_RESOLVED.has(finding.category) && finding.category !== 'open-lists' && NAMED_LIST_FOLLOWS.test(before)) return verdict('lower', 'specific-example');
  if (HEDGES_RESOLVED_BY_OBJECT.has(finding.ruleId) && (LIST_REFERENCE.test(after) || SPECIFIC_PURPOSE.test(after) || (!tables && isObjectGivenByExamples(after))))
    return verdict('lower', 'specific-example');
  if (!tables && EMERGENCY_CATEGORIES.has(finding.category) && isInEmergencyClause(before, after)) return verdict('lower', 'emergency-named');
  if (!tables && finding.category === 'vague-quantity' && countsWaysOfCollecting(before, matched, after)) return verdict('lower', 'counts-ways');
  if (!tables && finding.category === 'vague-quantity' && isUserOption(before)) return verdict('lower', 'user-rights');
  if (!tables && finding.category === 'open-lists' && isListLabelledAsTerm(after)) return verdict('lower', 'defined-in-place');
  if (!tables && finding.ruleId === 'or-otherwise' && isOpenWayOfReachingUs(before, after)) return verdict('lower', 'contact-channel');
  if (!tables && finding.category === 'unspecific-data' && isInformationForUser(before)) return verdict('lower', 'message-to-you');
  if (!tables && (finding.category === 'unspecific-data' || finding.ruleId === 'may-be-used') && isDeletedOutright(after)) return verdict('lower', 'deleted-outright');
  if (!tables && ((HEDGES_RESOLVED_BY_OBJECT.has(finding.ruleId) && isHedgeOnNotPersonalData(after)) || (NOT_PERSONAL_PHRASE_RULES.has(finding.ruleId) && isPointingBackAtMadeAnonymous(before))))
    return verdict('lower', 'not-personal-data');
  if (!tables && UMBRELLA_RULES.has(finding.ruleId) && leadsIntoCountedWays(after)) return verdict('lower', 'umbrella-lead');
  // "Although we strive to protect your personal data, we cannot guarantee …": the limits of security, not a hedge on a use.
  if (!tables && DISCLAIMED_EFFORT_RULES.has(finding.ruleId) && isSecurityDisclaimer(after, facts.text)) return verdict('lower', 'security-disclaimer');
  const isLeadIn = EXAMPLE_LEAD_RULES.has(finding.ruleId) || HEDGES_RESOLVED_BY_OBJECT.has(finding.ruleId);
  const resolvable = finding.category === 'open-lists' ? isLeadIn : EXAMPLE_RESOLVED.has(finding.category) || HEDGES_RESOLVED_BY_OBJECT.has(finding.ruleId);
  // A sentence that ends in a colon goes on in the list below it: its first item is what follows the phrase.
  const following = /^[ \t]*:[ \t]*$/u.test(after) ? text.slice(finding.end, finding.end + 120) : after;
  if (resolvable && isFollowedBySpecificExamples(following, isLeadIn)) return verdict('lower', 'specific-example');
  if (!tables && (LIST_RESOLVED.has(finding.category) || LIST_RESOLVED_RULES.has(finding.ruleId)) && isResolvedByListBelow(text, finding.end, facts.end, listKindOf(finding)))
    return verdict('lower', 'listed-below');
  return { verdict: KEEP, facts };
}

/**
 * Applies the verdicts to matches (drops, and lowers or drops what the sentence defuses). Each
 * verdict reads only the text around its match, so matches of one region can be judged alone.
 */
export function applyContext(matches: readonly Finding[], text: string, options: ContextOptions, carry?: ContextCarry): Finding[] {
  // The English checks read a thousand characters or so around each finding through caselessFor; the
  // German and French ones read little through it (their tables' patterns).
  let english = 0;
  for (const finding of matches) if (!contextTables(finding.language)) english++;
  return readingDocument(text, english, () => judgeAll(matches, text, options, carry), carry ? (carry.reading ??= { findings: 0 }) : undefined);
}

function judgeAll(matches: readonly Finding[], text: string, options: ContextOptions, carry: ContextCarry | undefined): Finding[] {
  const kept: Finding[] = [];
  let facts = carry?.facts;
  for (const finding of matches) {
    const judged = judgeWithFacts(text, finding, options, facts);
    facts = judged.facts;
    const verdict = judged.verdict;
    if (facts !== undefined && facts.start <= finding.start && finding.end <= facts.end) {
      finding.sentenceStart = facts.start;
      finding.sentenceEnd = facts.end;
    }
    if (verdict.action === 'keep') kept.push(finding);
    else if (verdict.action === 'lower' && options.showLowered) kept.push({ ...finding, severity: 'hint', lowered: verdict.reason });
  }
  if (carry) carry.facts = facts;
  return kept;
}
