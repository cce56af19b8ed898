// Everything the editor adapter needs from the company and authority directory, in one module so
// the adapter loads it on first use (see src/platform/lazyModules.ts) instead of at activation: the shipped
// records are ~650 kB of JSON, decoded when this module is first required. The front-matter check
// (src/core/directory/controller.ts) is small and is imported directly, so a document can be
// checked for a `controller:` line without loading the records.
export {
  addressedLetter,
  companyNotices,
  complaintAuthorities,
  countryOf,
  describeProblem,
  directoryMeta,
  isAddressedTo,
  languageName,
  loadDirectory,
  mergeRecords,
  otherMedia,
  parseUserRecords,
  recipientBlock,
  RECIPIENT_BLOCK_FIELD,
  suggestedMedium,
  type Authority,
  type AuthorityGroup,
  type Company,
  type CompanyMatch,
  type CompanySearchBuilder,
  type Directory,
  type DirectoryMeta,
  type RecordProblem,
  type UserRecords,
} from './directory/index';
export { parseWorkspaceFile, WORKSPACE_FILE_NAME } from './config/workspaceFile';
