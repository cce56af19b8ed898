// Context checks about what the user does, judged on the development set: items under a lead-in
// that lists the user's options (rights.ts), data the user types in (userEntered.ts), and "may
// include" after the user as subject (analyseContext.ts). Each pair: a sentence the check lowers,
// and a similar one about the company that it must keep; each lowering test fails without its check.
import { expectLowered, expectShown } from './contextExpect';

describe('context: items under a lead-in listing the user’s options', () => {
  it('lowers a vague time in an item under "You can also:" or "You have the right to request:"', () => {
    expectLowered(
      '## Your rights\n\nYou can also:\n\n- raise an objection\n- ask that the processing of your personal data is restricted in certain circumstances\n',
      'certain circumstances',
      'user-rights',
    );
    expectLowered('You have the right to request:\n\n- that we stop processing in certain circumstances\n', 'certain circumstances', 'user-rights');
    expectLowered('Additional rights that may apply to you in certain instances:\n\n* Right of data portability\n', 'certain instances', 'user-rights');
  });
  it('keeps the same phrase in items under a lead-in about what the company does', () => {
    expectShown('We may also:\n\n- share your personal data with the police in certain circumstances\n', 'certain circumstances');
    expectShown('You should know that:\n\n- we disclose data in certain circumstances\n', 'certain circumstances');
  });
});

describe('context: data the user enters', () => {
  it('lowers unspecific data the user types in or records', () => {
    expectLowered('Within the app, you enter, manage, and edit various information, tasks, and activities.', 'various information', 'user-entered');
    expectLowered('If you use the journal to note when you met people and record certain details of the encounter, this stays on your phone.', 'certain details', 'user-entered');
  });
  it('keeps unspecific data the company records or collects', () => {
    expectShown('We record certain details of your visit.', 'certain details');
    expectShown('When you use the app, we store various information about your device.', 'various information');
  });
});

describe('context: "may include" after the user as subject', () => {
  it('lowers what the user might include in a file', () => {
    expectLowered('Any personal data you might include in a Cargo.toml file will be publicly available.', 'might include', 'other-subject');
  });
  it('keeps an open list of what the company collects', () => {
    expectShown('The information we log may include your IP address.', 'may include');
  });
});

describe('context: unspecific data in a sentence about the user’s rights', () => {
  it('lowers it where the sentence states a right or what the user may do', () => {
    expectLowered('You have the right to obtain confirmation as to whether we process certain information about you.', 'certain information', 'user-rights');
    expectLowered('You may delete certain information from your profile.', 'certain information', 'user-rights');
  });
  it('keeps it where the company acts, even after the user does', () => {
    expectShown('We process certain information about you.', 'certain information');
    expectShown('If you object, we may still keep certain information.', 'certain information');
  });
});

describe('context: unspecific data in a German rights sentence', () => {
  it('stays flagged: the German check reads the whole sentence, where the company’s own data sits beside the right', () => {
    expectShown('Sie haben das Recht, der Verarbeitung zu widersprechen, wenn wir bestimmte Daten an Werbepartner weitergeben.', 'bestimmte Daten');
  });
});
