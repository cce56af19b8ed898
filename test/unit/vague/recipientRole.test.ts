// The recipient-role check (src/core/vague/context/recipientRole.ts): an unnamed recipient is
// flagged where the sentence makes it a recipient of the company's data, and lowered with
// "not-a-recipient" where it is named for another reason. Each sentence pair comes from a family
// judged on the development set; each lowering test fails without the check.
import assert from 'node:assert/strict';
import { expectLowered, expectShown } from './contextExpect';
import { REASON_EXPLANATIONS } from '../../../src/core/vague/context/reasons';

const expectNotARecipient = (text: string, phrase: string): void => expectLowered(text, phrase, 'not-a-recipient');

describe('context: an unnamed recipient is vague only when the sentence gives it data', () => {
  it('lowers recipients a request comes from, a link points to, or users sign into', () => {
    expectNotARecipient('If we receive written requests from law enforcement to block access to a domain, we pursue our legal remedies.', 'law enforcement');
    expectNotARecipient('Our site may contain links to and from the websites of our partner networks.', 'partner');
    expectNotARecipient('With one account, users can sign into multiple government agencies.', 'government agencies');
    // The same nouns, given data: flagged.
    expectShown('We may disclose your information to law enforcement.', 'law enforcement');
    expectShown('We share usage data with our partner networks.', 'partner');
    expectShown('Your account details are transferred to government agencies.', 'government agencies');
  });
  it('keeps recipients that handle the data, that the company uses, or that a list of disclosures names', () => {
    expectShown('Our employees, contractors and affiliated organizations that process information for us may be located abroad.', 'affiliated organizations');
    expectShown('Our vendors and affiliates have access to User Personal Information.', 'vendors');
    expectShown('We use third party suppliers to do this.', 'suppliers');
    expectShown('We are working closely with third parties (including, for example, business partners and advertising networks).', 'business partners');
    expectShown('* To an expert, consultant, or contractor in the performance of a duty.', 'contractor');
    expectShown('Certain pages on the Website may set other third party cookies.', 'third party');
    expectShown('There may be circumstances where we are required to share certain data. For example: to assist another agency as it responds to a breach.', 'another agency');
    expectShown('We may share your information with others.', 'with others');
  });
  it('keeps recipients in a list under a lead-in that shares data, and recipients the data comes from', () => {
    expectShown('We share your information with:\n\n- our partners, for support\n- law enforcement\n', 'partners');
    expectNotARecipient('We work in many places:\n\n- our partners, for support\n', 'partners');
    expectShown('We may receive information about you from partners.', 'partners');
    expectShown('Third parties with whom we share your data are listed on our website.', 'third parties');
  });
  it('lowers countries named for the people who live there, not where data goes', () => {
    expectNotARecipient('We understand that users from other countries may have different expectations.', 'other countries');
    expectShown('Your data may be transferred to other countries.', 'other countries');
  });
  it('leaves table cells to their column header', () => {
    expectShown('| Data | Shared with |\n|---|---|\n| Email | our partners |\n', 'partners');
  });
  // Recipients the development set's reader marked that this check lowered (2026-12-07, seventh session).
  it('keeps recipients in a numbered list under a lead-in that discloses data, as in a bulleted one', () => {
    expectShown('We may disclose your information also:\n\n4. to our subsidiaries and affiliates;\n5. to contractors.\n', 'subsidiaries');
    expectShown('We share your information with:\n\n1. our partners, for support\n2. law enforcement\n', 'partners');
    expectNotARecipient('We work in many places:\n\n1. our partners, for support\n', 'partners');
  });
  it('keeps recipients that "these recipients may include" names after a sentence that shares data', () => {
    expectShown('We may share information with those who need it to do work for us. These recipients may include our partners.', 'partners');
    expectNotARecipient('We read every letter we receive. These letters may include questions from our partners.', 'partners');
  });
  it('keeps the recipients of cookies and pixels, and those that keep the data', () => {
    expectShown('We also use functional cookies and cookies from third parties for analysis.', 'third parties');
    expectShown('The backups are kept by our cloud hosting provider.', 'cloud hosting provider');
    expectNotARecipient('We also use functional cookies and answer questions from third parties.', 'third parties');
  });
  it('keeps a recipient in an enumeration inside a sentence that opens by sharing data', () => {
    expectShown('We may share your account information in some circumstances, including: (1) with your consent; (2) to a service provider or partner who meets our standards.', 'partner');
    expectNotARecipient('We answer questions in some cases, including: (1) from users; (2) to our partners who ask.', 'partners');
    // Only the company's own giving counts: users sharing with each other is not a disclosure by the company.
    expectNotARecipient('Users share tips in some cases, including: (1) with friends; (2) with partners who ask.', 'partners');
  });
  it('explains the lowering in the hover', () => {
    assert.match(REASON_EXPLANATIONS['not-a-recipient'], /your data goes to them/u);
  });
});
