// "… are transmitted to a verification partner used by the provider. The specific verification
// partner is displayed in the app before transmitting the information": the recipient is left
// unnamed in the policy because the app shows the actual one to the user before anything is sent.
// Judged on real policies the reader then learns who it is when it matters.
import { asciiTwinned } from '../../text/asciiTwinned';

/** A sentence (the phrase's own or the next) that opens by saying the specific recipient is shown to the user before the transfer. */
const SHOWN_BEFORE_TRANSFER = asciiTwinned(
  () =>
    /^\s*The (?:specific|respective|relevant|actual|particular) [\p{L} -]{1,40}? (?:is|are|will be) (?:displayed|shown|named|indicated|presented) (?:to you )?(?:in the app |on (?:the )?screen |in the (?:booking|ticket)[\p{L} ]{0,20} )?(?:before|prior to)\b/u,
);

/** `sentence`: the phrase's sentence, or the text right after it. */
export function isShownBeforeTransfer(sentence: string): boolean {
  return SHOWN_BEFORE_TRANSFER.test(sentence.slice(0, 200));
}
