// Public API of the company and authority directory. Editor-free: no `vscode`, no Node built-ins
// (it also runs in the web worker). See README.md in this folder for the data and the rules.
export { addressedLetter, isAddressedTo, RECIPIENT_BLOCK_FIELD } from './addressing';
export { authoritiesFor, complaintAuthorities, countryOf, type AuthorityGroup, type AuthorityOrigin } from './authorities';
export { AUTHORITY_FIELDS, COMPANY_FIELDS, CompactFormatError, decodeRows } from './compact';
export { companyNamed, controllerLine, controllerValue, KNOWN_NAME_SCORE, type ControllerLine } from './controller';
export { createDirectory, directoryMeta, loadDirectory, type Directory } from './directory';
export { coreName, domainOf, foldText } from './normalize';
export { companyNotices, languageName, otherMedia, recipientBlock, suggestedMedium, type NoticeOptions } from './recipient';
export { authoritySchema, companySchema, MEDIA, metaSchema, QUALITIES, type Authority, type Company, type DirectoryMeta, type Medium, type Quality } from './schema';
export { companySearchBuilder, createCompanySearch, type CompanyMatch, type CompanySearch, type CompanySearchBuilder } from './search';
export { describeProblem, mergeRecords, parseUserRecords, type RecordProblem, type UserRecords } from './userRecords';
