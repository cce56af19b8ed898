// A policy change the company promises to tell the user about (changeNotified.ts), judged on the
// development set: sentences the check lowers and similar ones it must keep; the lowering test
// fails without the check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: policy changes the company promises to announce', () => {
  it('lowers a policy-change hedge when the paragraph promises to tell the user', () => {
    const text =
      'We may revise this Data Use Policy from time to time. The most current version of the policy will govern our use of your information. If we make changes that we believe will substantially alter your rights, we will notify you by email.';
    expectLowered(text, 'may revise', 'change-notified');
    expectLowered(text, 'from time to time', 'change-notified');
    expectLowered(
      'Open Food Facts reserves the right to modify and/or adapt this confidentiality policy. For each substantial modification, Open Food Facts will inform you by e-mail.',
      'reserves the right',
      'change-notified',
    );
    // Why the policy changes, and how early the notice comes, in the announced change's paragraph.
    const announced =
      'Open Food Facts reserves the right to modify this confidentiality policy following regulations and internal best practices. For each substantial modification, Open Food Facts will inform you at least thirty days before their application.';
    expectLowered(announced, 'best practices', 'change-notified');
    expectLowered(announced, 'at least thirty days', 'change-notified');
    // A notice the policy says will be posted (godot-engine).
    const posted =
      'Godot reserves the right to change this policy from time to time. If we do make changes, the revised Privacy Statement will be posted on this site. A notice will be posted on our homepage for 30 days whenever this privacy statement is changed in a material way.';
    expectLowered(posted, 'from time to time', 'change-notified');
  });
  it('keeps a hedged notice, a new date only, and a promise in another paragraph', () => {
    expectShown('PostHog may change its privacy policy from time to time. We may also provide notification to users who have provided us email addresses.', 'from time to time');
    expectShown('Gratipay may change this Policy from time to time. If we make any changes to the Policy, we will change the "Last Updated" date above.', 'from time to time');
    expectShown('We may revise this policy from time to time.\n\nWe will notify you when your order ships.', 'may revise');
    expectShown('Godot reserves the right to change this policy from time to time. If we do make changes, the revised Privacy Statement will be posted on this site.', 'from time to time');
    expectShown('We may share your data with partners from time to time. If we change this policy, we will email you.', 'from time to time');
    expectShown(
      'Open Food Facts reserves the right to modify this confidentiality policy. For each substantial modification, Open Food Facts will inform you at least thirty days before their application.',
      'substantial modification',
    );
    expectShown('We keep your data for at least thirty days. We will inform you when it is deleted.', 'at least thirty days');
    expectShown('We may modify this policy following internal best practices. Please check this page.', 'best practices');
  });
});
