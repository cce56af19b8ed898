// A legal duty owed to the user, or a legal retention with its period (legalDutyStated.ts). Each
// pair: a sentence the check lowers and a similar one it must keep; the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a legal duty owed to the user, or kept for a stated period', () => {
  it('lowers a legal duty to tell the user or give the user access', () => {
    expectLowered('In the event that we are required by law to inform you of a breach to your personal information we may notify you electronically.', 'required by law', 'duty-to-you');
    expectLowered('We will notify you by email and will take additional steps as required by applicable law.', 'as required by applicable law', 'duty-to-you');
    expectLowered('We will obtain verifiable parental consent and provide access to any other information as required by law.', 'as required by law', 'duty-to-you');
  });
  it('keeps a legal duty to use or disclose data, even beside a notice to the user', () => {
    expectShown('Information may be provided to governmental bodies and other entities as required by law.', 'as required by law');
    expectShown('We will notify you and share your data with authorities as required by law.', 'as required by law');
    expectShown('In the event that we are required by law to disclose your information to the police, we will do so.', 'required by law');
  });
  it('lowers a legal duty to keep data for a stated period, and keeps one without a period', () => {
    expectLowered('If you request an invoice, we are required by law to retain a copy, which includes your personal details, for six years.', 'required by law', 'period-bound');
    expectShown('We will delete your information within 90 days unless we are required by law to retain your information.', 'required by law');
  });
});
