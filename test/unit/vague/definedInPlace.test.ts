// A phrase the sentence turns into a defined term right after it (definedInPlace.ts). Each pair: a
// sentence the check lowers and a similar one it must keep; the lowering test fails without it.
import { expectLowered, expectShown } from './contextExpect';

describe('context: a phrase defined as a term right after it', () => {
  it('lowers it before ", or PII," or "(hereinafter …)"', () => {
    expectLowered('We need your personally identifying information, or PII, to generate that credential.', 'identifying information', 'defined-in-place');
    expectLowered('The app will transmit certain data about your use of the app (hereinafter referred to as usage data) once a day.', 'certain data', 'defined-in-place');
  });
  it('keeps it without a naming, or when the abbreviation names a place', () => {
    expectShown('We need your personally identifying information to generate that credential.', 'identifying information');
    expectShown('The app will transmit certain data about your use of the app once a day.', 'certain data');
    expectShown('Your data will be transferred to a destination outside the European Economic Area ("EEA").', 'outside the European Economic Area');
  });
});
