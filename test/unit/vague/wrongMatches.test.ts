// Issue #12 (fp12k): rules of the English catalogue that matched words not doing their job on the
// development set, each kept off by one notFollowedBy or notPrecededBy: news sent to the user is not
// data shared, "the privacy and security of our users" is a commitment, "that is also publicly
// available information" makes the user's data public, and a location "based on IP address" says how
// precise it is. Each near miss fails
// without its filter; each flagged sentence shows the rule still works nearby.
import { itFlagsEachCase, type RuleCase } from './ruleCases';

const cases: RuleCase[] = [
  {
    rule: 'may-share',
    flagged: [['We collect your email address so we can share it with our partners.', 'can share']],
    notFlagged: ['If you subscribe to our newsletter, we collect your email address so we can share announcements and updates with you.'],
  },
  {
    rule: 'safety-of-others',
    flagged: [['We disclose data when needed to protect the security of our users.', 'security of our users']],
    notFlagged: ['mySociety thinks hard and cares very much about the privacy and security of our users.'],
  },
  {
    rule: 'publicly-available-information',
    flagged: [['We may combine your data with publicly available information about you.', 'publicly available information']],
    notFlagged: ['When you feature a post on your profile, that is also publicly available information.'],
  },
  {
    rule: 'location-data',
    flagged: [['We collect the username associated with the device and approximate location.', 'approximate location']],
    notFlagged: ['We collect your approximate location based on IP address.', 'We collect general location information such as city, state or geographic area.'],
  },
];

describe('rules kept off words that do not do their job (issue #12)', () => {
  itFlagsEachCase(cases);
});
