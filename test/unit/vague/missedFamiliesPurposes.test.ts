// Open-purpose patterns added for generalisable miss families of issue #12 (purposes worded in ways
// the catalogue missed on the development set, several from generated policy templates): each with
// sentences it flags and near ones it leaves alone. Every "flagged" case fails without its pattern.
import { itFlagsEachCase, type RuleCase } from './ruleCases';

const cases: RuleCase[] = [
  {
    rule: 'improve-services',
    flagged: [
      ['We process your data to run and improve Service.', 'improve Service'],
      ['Beacons and scripts help us to improve and analyze our Service.', 'improve and analyze our Service'],
      ['Logs are kept longer when they are needed to improve the functionality of our website.', 'improve the functionality of our website'],
      ['Your answers help us improve the quality or scope of the platform.', 'improve the quality or scope of the platform'],
      ['We study lesson results to improve the effectiveness of our offerings.', 'improve the effectiveness of our offerings'],
      ['Your feedback helps us improve what we do for members.', 'improve what we do'],
    ],
    notFlagged: ['Turning cookies off may reduce the functionality of the website.', 'Customer service can answer questions about your order.', 'This page explains what we do with your data.'],
  },
  {
    rule: 'enhance-experience',
    flagged: [
      ['Cookies remember your settings and enhance your online experience.', 'enhance your online experience'],
      ['We use this data to improve and personalise your experience with our shop.', 'improve and personalise your experience'],
    ],
    notFlagged: ['Your online experience depends on your browser settings.'],
  },
  {
    rule: 'better-understand',
    flagged: [
      ['We analyse your orders to better understand your needs and interests.', 'better understand your needs and interests'],
      ['Cookies help us to better understand the interests of our readers.', 'better understand the interests of'],
      ['Survey answers help us understand the needs and interests of our members.', 'understand the needs and interests'],
    ],
    notFlagged: ['Please tell us about your needs when you book a room.'],
  },
  {
    rule: 'internal-purposes',
    flagged: [
      ['We may use your survey answers for internal and external purposes.', 'internal and external purposes'],
      ['We may keep a recording for internal and external use.', 'internal and external use'],
      ['We may make other internal and lawful uses of your data.', 'internal and lawful uses'],
      ['We keep your data for internal administrative and auditing purposes.', 'internal administrative and auditing'],
      ['Your data is used for internal record keeping.', 'internal record keeping'],
    ],
    notFlagged: ['Our internal and external auditors are named in the annual report.', 'You can view the record of your bookings in your account.'],
  },
  {
    rule: 'other-purposes',
    flagged: [
      ['Data may be transferred abroad when needed for business or other valid purposes.', 'other valid purposes'],
      ['Web beacons let us count visitors and compile other related website statistics.', 'other related website statistics'],
      ['We may also use your data in any other way we may describe when you provide it.', 'in any other way we may describe'],
    ],
    notFlagged: ['A valid email address is needed to sign in.', 'You can describe your project in any way you like.'],
  },
  {
    rule: 'compatible-purposes',
    flagged: [['We may disclose your data to our affiliates for purposes consistent with this Privacy Policy.', 'purposes consistent with']],
    notFlagged: ['Our affiliates follow a policy consistent with this one.'],
  },
  {
    rule: 'understand-behaviour',
    flagged: [['We use your data to gather analysis or valuable information so that we can improve the app.', 'gather analysis or valuable information']],
    notFlagged: ['Valuable information about the conference is on its website.'],
  },
  {
    rule: 'support-operations',
    flagged: [
      ['We use personal information for our business activities.', 'for our business activities'],
      ['We share information with contractors who help with our business activities.', 'with our business activities'],
    ],
    notFlagged: ['We only collect personal information that is reasonably necessary for our business activities.', 'Our annual report describes our business activities.'],
  },
  {
    rule: 'relevant-content',
    flagged: [
      ['Tracking data is used to provide custom content and information.', 'provide custom content'],
      ['We use your browsing history to show you customized ads.', 'show you customized ads'],
    ],
    notFlagged: ['Our editors write custom content for each city guide.'],
  },
];

describe('English rules: open-purpose patterns for the miss families of #12', () => {
  itFlagsEachCase(cases);
});
