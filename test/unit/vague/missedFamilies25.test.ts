// English patterns added for miss families of issue #12 (round 25): transfer destinations left open,
// consent read into continued use, changes that apply once posted, deals left open, possible wrongdoing,
// tracking beyond the service and a brief retention. Each with sentences it flags (the words as written)
// and near ones it leaves alone. Every "flagged" case fails without its pattern.
import { itFlagsEachCase, type RuleCase } from './ruleCases';

const cases: RuleCase[] = [
  {
    rule: 'unnamed-countries',
    flagged: [
      ['Your details may be moved to Canada or other locations where the law protects you less.', 'or other locations'],
      ['Records can be kept in a country other than the one where you live.', 'a country other than'],
      ['Data are handled at our offices and in any other places where our helpers work.', 'any other places where'],
    ],
    notFlagged: ['Our shop has a branch in Leeds and other locations are planned.', 'You can save the export to a folder or another location on your disk.'],
  },
  {
    rule: 'consent-by-use',
    flagged: [['Your continued use of Acme after a revision is posted will be taken as acceptance.', 'continued use of']],
    notFlagged: ['We keep the logs to make sure Acme works for you.'],
  },
  {
    rule: 'without-notice',
    flagged: [
      ['Revisions of this notice are effective when they are posted on this site.', 'effective when they are posted'],
      ['Any revision will become effective immediately upon posting of the notice.', 'effective immediately upon posting'],
      ['It is your responsibility to review this notice now and then.', 'It is your responsibility to review'],
    ],
    notFlagged: ['Revisions take effect thirty days after we email you about them.', 'It is our responsibility to review who can open the logs.'],
  },
  {
    rule: 'corporate-transactions',
    flagged: [
      ['We may hand over customer records if we negotiate a business deal.', 'negotiate a business deal'],
      ['Records may pass to a buyer in an assignment or other disposition of our shop.', 'other disposition of'],
    ],
    notFlagged: ['We negotiate prices with our suppliers every year.', 'You may cancel the assignment at any time.'],
  },
  {
    rule: 'protect-our-rights',
    flagged: [['We may look into possible wrongdoing involving the forum.', 'possible wrongdoing']],
    notFlagged: ['Report wrongdoing to the moderators.'],
  },
  {
    rule: 'online-activity',
    flagged: [
      ['Ad networks record what you do on the shop and other websites and applications.', 'other websites and applications'],
      ['The network joins this with what it learns across different websites.', 'across different websites'],
    ],
    notFlagged: ['The shop contains links to other websites and applications that we do not run.', 'Our staff work across different time zones.'],
  },
  {
    rule: 'unspecified-period',
    flagged: [['We may hold spare copies of deleted posts for a brief time period.', 'for a brief time period']],
    notFlagged: ['During the upgrade your entries are processed for a brief time on the server.', 'The deleted posts are gone after 14 days.'],
  },
];

describe('English rules: patterns for the miss families of #12, round 25', () => {
  itFlagsEachCase(cases);
});
