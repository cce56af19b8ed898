// "As we mentioned, we may share some information with third party vendors or it may be collected
// by them on our behalf": a sentence that opens by saying it repeats what the policy said before.
// The earlier statement is checked where it stands; flagging the repeat again adds a squiggle but
// no question (judged so on real policies, where the section right after names the vendors).

/** The sentence opens with a pointer to the policy's own earlier words: "As we mentioned,", "As stated above,". */
const OPENS_AS_RESTATEMENT =
  /^[\s>*_-]*(?:As|Like) (?:we |I )?(?:have |had )?(?:previously |already |briefly )?(?:mentioned|stated|noted|explained|described|said|outlined)(?: (?:above|earlier|before|previously))?,/u;

/** `sentence`: the sentence the phrase stands in. */
export function isRestatement(sentence: string): boolean {
  return OPENS_AS_RESTATEMENT.test(sentence);
}
