// Issue #12 (fp12k): false positives of the six new development policies. A legitimate interest named
// right after the words, "of doing" or "to do" (interestNamed.ts); and a phrase whose own sentence
// announces the list right below it (announcedList.ts). Each lowering test fails without its check;
// each keeping test is a near sentence the check must leave alone.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a legitimate interest named right after the words', () => {
  it('lowers the basis when the interest is what the company does', () => {
    expectLowered(
      'We log your web request data, including IP addresses, for the legitimate interest of troubleshooting issues with our web sites and dealing with abuse.',
      'legitimate interest',
      'interest-stated',
    );
    expectLowered('This allows us to carry out our legitimate interests of keeping the event safe for our attendees.', 'legitimate interests', 'interest-stated');
    expectLowered(
      'It is in our legitimate business interests to provide you with the information and services you request, and to keep an accurate public record of contributions.',
      'legitimate business interests',
      'interest-stated',
    );
  });
  it('keeps the basis when only whose interest, or the processing itself, follows', () => {
    expectShown('We may share your data where this is necessary for the legitimate interests of third parties.', 'legitimate interests');
    expectShown('We have a legitimate interest to process your personal data for these functions.', 'legitimate interest');
    expectShown('We rely on our legitimate business interests to the extent the law allows.', 'legitimate business interests');
    expectShown('We rely on our legitimate business interests to provide and improve our products.', 'legitimate business interests');
    expectShown('We use your personal information for our legitimate interests, such as to provide you with relevant content.', 'legitimate interests');
  });
});

describe('context: the phrase’s sentence announces the list right below it', () => {
  it('lowers the phrase when its sentence ends in “the following …:” and the list follows', () => {
    expectLowered(
      'Godot may share your personal data with third parties under any of the following circumstances:\n\n- To attribute your contributions to source repositories.\n- To provide e-mail housing.\n',
      'any of the following',
      'listed-below',
    );
    expectLowered(
      'In addition to the specific situations discussed elsewhere in this\npolicy, we disclose information in the following situations:\n\n1.  **Affiliates**. If another entity acquires our assets, we will share information with it.\n',
      'specific situations',
      'listed-below',
    );
    expectLowered(
      'We may disclose your personal information to third parties subject to this Privacy Notice, including the following categories of third parties:\n\n- Our affiliates or others in our corporate group.\n- Vendors who host the Services.\n',
      'third parties',
      'listed-below',
    );
  });
  it('lowers a pointer below when the next paragraph announces the list', () => {
    expectLowered(
      'Unless you consent, we will never share the personal data you provide to us except as described below.\n\nWe may share your personal data with third parties under these circumstances, as follows:\n\n- To attribute your contributions to source repositories.\n',
      'as described below',
      'listed-below',
    );
  });
  it('lowers a pointer below when the policy’s sections start under its paragraph', () => {
    expectLowered(
      'We will never sell your data to anyone, and we will never share it with any other organisation except as detailed below. Unless specifically mentioned in this policy, all attendee data held by us will be deleted no later than 12 months after the event.\n\n## Email\nIf you have purchased a ticket, we will send you emails about the event.\n',
      'as detailed below',
      'listed-below',
    );
  });
  it('keeps a pointer below when more prose follows before any section', () => {
    expectShown(
      'We will never share your data with any other organisation except as detailed below. All attendee data will be deleted after the event.\n\nWe also keep some records for longer.\n\n## Email\nWe send emails about the event.\n',
      'as detailed below',
    );
  });
  it('lowers vague data whose sentence or paragraph ends by saying what it includes, above a list', () => {
    expectLowered(
      'When you access or use our Services, we automatically collect information about you, including:\n\n- **Log Information:** the type of browser you use, access times and pages viewed.\n',
      'information about you',
      'listed-below',
    );
    expectLowered(
      'We also automatically collect certain information about your interaction with the Services (“**Usage Data**”). To do this, we may use cookies. Usage Data includes:\n\n- **Device information**, such as your operating system type and version.\n',
      'certain information',
      'listed-below',
    );
  });
  it('keeps the phrase when the list is not announced, is open, or answers another question', () => {
    expectShown('Godot may share your personal data with third parties under certain circumstances.\n\n- To attribute your contributions to source repositories.\n', 'third parties');
    expectShown('We may disclose your personal information to third parties, including the following categories:\n\n- Other companies we work with.\n', 'third parties');
    expectShown('We may also share information with other third parties in the following ways:\nwhen the law requires it, and in an emergency.\n', 'third parties');
    expectShown(
      'We will never share the personal data you provide to us except as described below. We take your privacy seriously.\n\nWe may share your personal data with third parties under these circumstances, as follows:\n\n- To attribute your contributions.\n',
      'as described below',
    );
    expectShown(
      'To do this, we may use cookies, web beacons and other tracking technologies (“**Tracking Technologies**”). Usage Data includes:\n\n- **Device information**, such as your operating system type and version.\n',
      'other tracking technologies',
    );
    expectShown('We may keep your account data for a limited period in the following situations:\n\n- When you have an open invoice.\n', 'for a limited period');
  });
});

describe('context: recipients the user designates', () => {
  it('lowers recipients “designated by you”', () => {
    expectLowered('We may share your personal information with third parties designated by you, where you have instructed us to do so.', 'third parties', 'user-chosen');
  });
  it('keeps recipients designated by someone else', () => {
    expectShown('We may share your personal information with third parties designated by our partners.', 'third parties');
  });
});

describe('context: a policy change that does not reach back, said as the old policy governing', () => {
  it('lowers the change when the policy in place at the time governs the data given', () => {
    expectLowered(
      'We may change our privacy policy and practices over time. To the extent that our policy changes in a material way, the policy that was in place at the time that you submitted personal information to us will generally govern that information unless we receive your consent to the new privacy policy.',
      'may change',
      'not-retroactive',
    );
  });
  it('keeps the change when the policy in place only describes the present', () => {
    expectShown('We may change our privacy policy and practices over time. The policy in place at the time you visit the site will apply to your visit.', 'may change');
  });
});

describe('context: concrete data whose only open item is what the user chooses to give', () => {
  it('lowers the vague data or the hedge when the list ends in the user’s own choice', () => {
    expectLowered(
      'During this process, personal data about you are processed, such as your e-mail address and any other information you decide to provide in your message, like your name.',
      'data about you',
      'rest-user-chosen',
    );
    expectLowered(
      'The types of information we may collect include your name, email address, payment method information and any other information you choose to provide.',
      'may collect',
      'rest-user-chosen',
    );
  });
  it('keeps them when another item is open, or the rest is not the user’s choice', () => {
    expectShown('The types of information we may collect include your name, email address, device identifiers and other information about your use.', 'may collect');
    expectShown('The types of information we may collect include your name, certain usage data and any other information you choose to provide.', 'may collect');
    expectShown('During this process, personal data about you are processed, such as your e-mail address and any other information we consider useful.', 'data about you');
  });
});

describe('context: an open purpose carried out by the concrete activities named right after it', () => {
  it('lowers the purpose when a concrete activity follows at once', () => {
    expectLowered('Our legitimate interest is to enhance the user experience by improving the performance of our market.', 'enhance the user experience', 'means-named');
    expectLowered('We use it to personalize the service, including remembering the devices from which you have previously logged in and your preferences.', 'personalize the service', 'means-named');
  });
  it('keeps the purpose when the activity is as open as the purpose', () => {
    expectShown('We use your data to improve our services by analysing usage.', 'improve our services');
    expectShown('We use cookies to personalise your experience, such as showing you relevant content.', 'personalise your experience');
    expectShown('We use it to personalize the service for you and your team.', 'personalize the service');
    // One activity up to the comma: "the safety and security of our Services" is about the services as a whole.
    expectShown(
      'We may use your personal information to maintain our business relationship, including by enhancing the safety and security of our Services, and fraud prevention.',
      'maintain our business relationship',
    );
  });
});
