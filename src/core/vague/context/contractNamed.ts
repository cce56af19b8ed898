// "to perform our contract with you (e.g. to provide the RubyGems service)": the contract is named
// by the service it is for, right after the phrase. The reader learns which contract; judged not
// vague on real policies. An unnamed service ("to provide our services") keeps the finding.
import { asciiTwinned } from '../../text/asciiTwinned';

/** The contract rules a named service identifies. */
export const CONTRACT_RULES: ReadonlySet<string> = new Set(['contractual-necessity']);

/** "with you (e.g. to provide the RubyGems service)": a capitalised name before "service", "app", "account" or "website". */
const NAMED_SERVICE_AFTER = asciiTwinned(
  () =>
    /^(?:[ \t]+with[ \t]+you)?[ \t]*\((?:e\.g\.|i\.e\.|for example|namely|such as),?[ \t]+(?:to[ \t]+(?:provide|run|operate|deliver)[ \t]+)?(?:the[ \t]+|our[ \t]+|your[ \t]+)?\p{Lu}[\p{L}\p{N}.-]*[ \t]+(?:services?|app|account|website|platform|subscription)\b/u,
);

/** Whether the text right after the phrase (`after`) names the service the contract is for. */
export function isContractNamedByService(after: string): boolean {
  return NAMED_SERVICE_AFTER.test(after);
}
