// The German context checks of context/languageChecks.ts (and the German tables they read), run the
// way the editor runs them: lintDocument on a document whose front matter says `lang: de`. Each
// check is tested both ways: the sentence it defuses, and a near one it must leave flagged.
import assert from 'node:assert/strict';
import { isBasisCited } from '../../../../src/core/vague/context/citation';
import { sentenceAround } from '../../../../src/core/vague/context/sentence';
import { expectIn } from '../languageExpect';

/** The finding on `words` in a German document made of `body`, with lowered findings shown as hints. */
const { findingOn, assertLowered, assertKept } = expectIn('de');

describe('German context checks (languageChecks.ts, through lintDocument)', () => {
  it('lowers phrases in the GDPR’s own words or a definition, keeps the company’s own sentence', () => {
    assertLowered('Die Löschung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der der Verantwortliche unterliegt.', 'rechtlichen Verpflichtung', 'definition');
    assertLowered('Personenbezogene Daten sind z. B. Ihr Name, Ihre Anschrift, Ihr Nutzungsverhalten, etc.', 'etc.', 'definition');
    assertKept('Darüber hinaus unterliegen wir gewissen rechtlichen Buchhaltungspflichten.', 'rechtlichen Buchhaltungspflichten');
    assertKept('Wir speichern Ihren Namen, Ihre Anschrift, etc.', 'etc.');
  });

  it('lowers a phrase inside a clause about the user’s own action (“Wenn Sie …”), not the main clause after it', () => {
    const situations = 'in den gesetzlich vorgesehenen Situationen';
    assertLowered(`Wenn Sie anderen Personen ${situations} ein Zertifikat vorzeigen, sehen diese Ihre Daten.`, situations, 'user-triggered');
    assertKept(`Wenn Sie uns schreiben, geben wir Ihre Daten ${situations} weiter.`, situations);
  });

  it('lowers a hedge that opens a clause whose subject is the user: “Bei Bedarf kontaktieren Sie uns”', () => {
    assertLowered('Bei Bedarf kontaktieren Sie uns gern.', 'Bei Bedarf', 'user-rights');
    assertKept('Bei Bedarf übermitteln wir Ihre Daten an Behörden.', 'Bei Bedarf');
  });

  it('lowers a hedge whose subject is the user or the user’s data, keeps the company’s', () => {
    assertLowered('Sie erhalten evtl. E-Mails in Verbindung mit Ihrem Konto.', 'evtl.', 'other-subject');
    assertLowered('Bitte seien Sie sparsam, weil Ihre Anmerkungen evtl. öffentlich zugänglich sind.', 'evtl.', 'other-subject');
    assertKept('Wir verwenden evtl. Cookies und Geräteinformationen.', 'evtl.');
    assertKept('Außerdem erhalten wir evtl. persönliche Informationen über Sie.', 'evtl.');
  });

  it('lowers hedges under a heading on the user’s rights, unless the company itself acts in the sentence', () => {
    assertLowered('### Auskunftsrecht\n\n- falls möglich die geplante Dauer, für die die Daten gespeichert werden', 'falls möglich', 'user-rights');
    assertKept('### Speicherung\n\n- falls möglich die geplante Dauer, für die die Daten gespeichert werden', 'falls möglich');
    assertKept('### Widerspruchsrecht\n\nWir behalten es uns vor zu widersprechen, falls wir der Ansicht sind, dass das Interesse überwiegt.', 'falls wir der Ansicht sind');
  });

  it('lowers further data the user chooses to give, keeps further data the user must give', () => {
    assertLowered('Sichtbar sind Ihr Name und weitere Informationen, die Sie angeben.', 'weitere Informationen', 'user-chosen');
    assertKept('Dazu müssen Sie weitere personenbezogene Daten angeben, die wir zur Erbringung der Leistung nutzen.', 'weitere personenbezogene Daten');
  });

  it('lowers unspecific data when a list of the data follows in its section, not under the next heading', () => {
    assertLowered('Im Rahmen von Videokonferenzen ist die Verarbeitung einiger Daten nötig.\n\n- Betroffene Daten: Anzeigename, Chatnachrichten', 'einiger Daten', 'specific-example');
    assertKept('Im Rahmen von Videokonferenzen ist die Verarbeitung einiger Daten nötig.\n\n### Spenden\n\n- Betroffene Daten: Name, Betrag', 'einiger Daten');
  });

  it('lowers a singular recipient with a name in apposition (“unser Partner Mullvad”), not one with an object after it', () => {
    assertLowered('Unser Partner Mullvad verarbeitet Ihre IP-Adresse.', 'Partner', 'named-beside');
    assertKept('Wir übermitteln unserem Partner Daten über Ihre Nutzung.', 'Partner');
    assertKept('Unser Partner verarbeitet Ihre IP-Adresse.', 'Partner');
  });

  it('lowers the legal basis in a sentence about exercising data-protection rights (“Datenschutzrechte”)', () => {
    assertLowered('Wir beantworten alle Anfragen von Personen, die ihre Datenschutzrechte gemäß den geltenden Datenschutzgesetzen ausüben möchten.', 'geltenden Datenschutzgesetzen', 'user-rights');
    assertKept('Wir verarbeiten Anfragen gemäß den geltenden Datenschutzgesetzen.', 'geltenden Datenschutzgesetzen');
  });

  // The transfer named as the subject and denied by its verb: "Eine Weitergabe dieser Daten an Dritte erfolgt nicht"
  // (judged false positives on the German development set, 2026-12-07).
  it('lowers a recipient whose transfer the sentence’s verb denies (“… an Dritte erfolgt nicht”, “findet nicht statt”)', () => {
    assertLowered('Eine Weitergabe dieser Daten an Dritte erfolgt natürlich nicht.', 'an Dritte', 'negated');
    assertLowered('Eine Übermittlung Ihrer Daten an Dritte findet nicht statt.', 'an Dritte', 'negated');
    assertKept('Eine Weitergabe dieser Daten an Dritte erfolgt nur mit Ihrer Einwilligung.', 'an Dritte');
  });

  it('does not take “nicht mehr benötigen” (no longer needed) as a negation of what follows', () => {
    const text = 'OPF löscht Deine Daten, sobald wir sie nicht mehr benötigen, es sei den wir sind zur Einhaltung gesetzlicher Aufbewahrungsfristen verpflichtet.';
    assertKept(text, 'gesetzlicher Aufbewahrungsfristen');
    assertLowered('Wir geben Deine Daten nicht an externe Dienstleister weiter.', 'externe Dienstleister', 'negated');
  });
});

describe('German citations and sentences', () => {
  it('takes a national provision, not a GDPR article, as naming a German statutory duty', () => {
    assert.equal(isBasisCited('Es bestehen gesetzliche Aufbewahrungspflichten (vgl. dazu insb. § 147 Abs. 3 AO).', 'gesetzliche Aufbewahrungspflichten'), true);
    assert.equal(
      isBasisCited('Wir unterliegen gewissen rechtlichen Buchhaltungspflichten, deshalb erfolgt die Verarbeitung auf Basis des Art. 6 Abs. 1 lit. c DSGVO.', 'rechtlichen Buchhaltungspflichten'),
      false,
    );
    assert.equal(isBasisCited('We process it to comply with a legal obligation (Art. 6(1)(c) GDPR).', 'legal obligation'), true, 'English unchanged');
  });

  it('reads “haben”/“hast” after a participle as the perfect tense, not as a right the user has', () => {
    const telemetry = 'Wenn Du diese aktiviert hast, deaktivieren wir die Telemetrie (aber wir werden in der Zukunft evtl. Telemetrie einführen).';
    assertKept(telemetry, 'evtl.');
    assertLowered('Sie haben jederzeit das Recht, evtl. erteilte Einwilligungen zu widerrufen.', 'evtl.', 'user-rights');
  });

  it('lowers recipients that the subsections right below name, keeps them when no deeper heading follows', () => {
    const lead = 'Um unsere Angebote zu verbessern, arbeiten wir mit einigen externen Dienstleistern.';
    assertLowered(`### Externe Dienste\n\n${lead}\n\n#### PayPal\nZahlungen laufen über PayPal.`, 'externen Dienstleistern', 'named-beside');
    assertKept(`### Externe Dienste\n\n${lead}\n\n### Ihre Rechte\nText.`, 'externen Dienstleistern');
    assertKept(`### Externe Dienste\n\n${lead} Sie erhalten die Daten zur Auswertung.\n\n#### PayPal\nText.`, 'externen Dienstleistern');
  });

  it('shows unnamed legal duties, retention duties, other recipients, a tailored experience and an unnamed legitimate interest as warnings, as the English rules do (#14)', () => {
    const warningOn = (body: string, words: string, ruleId: string) => {
      const finding = findingOn(body, words);
      assert.equal(finding?.ruleId, ruleId, body);
      assert.equal(finding?.severity, 'warning', body);
    };
    warningOn('Darüber hinaus unterliegen wir gewissen rechtlichen Buchhaltungspflichten.', 'rechtlichen Buchhaltungspflichten', 'de-gesetzliche-pflichten');
    warningOn('Wir kommen Ihrer Anfrage nach, es sei denn, es gilt eine gesetzliche Ausnahme.', 'gesetzliche Ausnahme', 'de-gesetzliche-ausnahme');
    warningOn('Um unsere Angebote attraktiver und effizienter zu gestalten, arbeiten wir mit Agenturen.', 'Um unsere Angebote attraktiver und effizienter', 'de-verbesserung');
    warningOn('Wir verwenden Cookies, um die Funktionalität bestimmter Produkte zu verbessern.', 'um die Funktionalität bestimmter Produkte', 'de-verbesserung');
    warningOn('Wir speichern Rechnungen, solange gesetzliche Aufbewahrungspflichten bestehen.', 'gesetzliche Aufbewahrungspflichten', 'de-aufbewahrungspflichten');
    warningOn('Die Inhalte können von Mozilla oder andere verarbeitet werden.', 'oder andere', 'de-sonstige-empfaenger');
    warningOn('Wir nutzen Ihre Standortdaten, um Ihre Erfahrung spezifisch anzupassen.', 'Ihre Erfahrung spezifisch anzupassen', 'de-erfahrung-anpassen');
    warningOn('Wir geben Ihre Daten weiter, soweit dies zur Wahrung unserer berechtigten Interessen erforderlich ist.', 'berechtigten Interessen', 'de-berechtigtes-interesse');
    // As in English, the cited article does not say which interest is meant.
    warningOn('Die Verarbeitung erfolgt auf Grundlage unserer berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO).', 'berechtigten Interessen', 'de-berechtigtes-interesse');
    // The near sentences: a provision cited, a negation, the company's messages tailored by language.
    assert.equal(findingOn('Rechnungen bewahren wir wegen gesetzlicher Aufbewahrungsfristen (§ 147 AO) zehn Jahre auf.', 'gesetzlicher Aufbewahrungsfristen'), undefined);
    assert.equal(findingOn('Es gilt die gesetzliche Ausnahme nach § 34 Abs. 1 BDSG.', 'gesetzliche Ausnahme'), undefined);
    // A general description of cookies keeps its lower rule: not "our offers", so not an improvement of them.
    assert.equal(findingOn('Sie dienen dazu, das Internetangebot nutzerfreundlicher und effektiver zu machen.', 'nutzerfreundlicher und effektiver')?.severity, 'information');
    assertLowered('Wir geben Ihre Daten nicht an sonstige Empfänger weiter.', 'sonstige Empfänger', 'negated');
    assert.equal(findingOn('Unser berechtigtes Interesse liegt in der Sicherheit der Website.', 'berechtigtes Interesse'), undefined, 'the interest is named');
    assert.equal(findingOn('Wir nutzen IP-Adressen, um Mitteilungen nach Land und Sprache spezifisch anzupassen.', 'spezifisch anzupassen')?.ruleId, undefined);
  });

  it('lowers “grundsätzlich” when its clause cites the provision it follows in parentheses, keeps it otherwise', () => {
    assertLowered('Dauer der Speicherung: grundsätzlich solange gesetzliche Aufbewahrungspflichten vorliegen (vgl. dazu insb. § 147 Abs. 3 AO).', 'grundsätzlich', 'cited');
    assertKept('Dauer der Speicherung: grundsätzlich solange gesetzliche Aufbewahrungspflichten vorliegen.', 'grundsätzlich');
    // A § in the next sentence does not name the rule of this one.
    assertKept('Auf diese Daten hat grundsätzlich nur der Vorstand Zugriff. Wir können verpflichtet sein (etwa aufgrund von § 37 BGB), sie weiterzugeben.', 'grundsätzlich');
  });

  it('lowers a legitimate interest whose interest the passage right after states, keeps it when only the article follows', () => {
    const basis = '**Rechtsgrundlage:** Die Rechtsgrundlage für diese Verarbeitung ist unser berechtigtes Interesse, gemäß Art. 6(1)(f) DSGVO.';
    assertLowered(`${basis} **Berechtigtes Interesse:** Wir möchten Ihre Anfragen beantworten.`, 'berechtigtes Interesse', 'interest-stated');
    assertKept(`${basis} **Speicherdauer:** 30 Tage.`, 'berechtigtes Interesse');
  });

  it('does not flag a legitimate interest named right after it: in brackets, “zu Zwecken des …”, “darin besteht”, “als auch jener … an …”', () => {
    const named = [
      'Die Daten werden auf Grundlage unserer berechtigten Interessen (d.h., Interesse an effizienten und sicheren Verwaltungsprozessen) verarbeitet.',
      'Die Protokollierung erfolgt auf Grundlage unserer berechtigten Interessen zu Zwecken des Nachweises seines ordnungsgemäßen Ablaufs.',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f) DSGVO, wobei unser berechtigtes Interesse darin besteht, Sie über Ihre Spende zu informieren.',
      'Das berechtigte Interesse findet sich in den oben genannten Zwecken.',
      'Die Speicherung erfolgt auf Grundlage unserer berechtigten Interessen als auch jener der Nutzer an einem Schutz vor Missbrauch.',
    ];
    for (const body of named) assert.equal(findingOn(body, body.match(/berechtigte[ns]? Interesse[ns]?/)![0]), undefined, body);
    assertKept('Wir verarbeiten Ihre Daten auf Grundlage unserer berechtigten Interessen.', 'berechtigten Interessen');
    assertKept('Wir speichern Ihre Daten auf Grundlage unserer berechtigten Interessen, bevor wir sie löschen.', 'berechtigten Interessen');
    assertKept('Wir nutzen Ihre Daten für berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO).', 'berechtigte Interessen');
  });

  it('does not flag “Berechtigte Interessen” as an entry of a “Rechtsgrundlagen:” list, keeps it in the company’s own sentence', () => {
    for (const body of [
      '- Rechtsgrundlagen: Berechtigte Interessen (Art. 6 Abs. 1 S. 1 lit. f. DSGVO).',
      '- Rechtsgrundlagen: Vertragserfüllung und vorvertragliche Anfragen (Art. 6 Abs. 1 S. 1 lit. b. DSGVO), Berechtigte Interessen (Art. 6 Abs. 1 S. 1 lit. f. DSGVO).',
      'Rechtsgrundlage: berechtigte Interessen.',
    ])
      assert.equal(findingOn(body, body.match(/[Bb]erechtigte Interessen/)![0]), undefined, body);
    assertKept('Rechtsgrundlagen: siehe unten. Wir verarbeiten Ihre Daten auf Grundlage unserer berechtigten Interessen.', 'berechtigten Interessen');
  });

  it('leaves “es kann vorkommen” off by default, as the English “there may be”, and reports it when switched on', () => {
    const body = 'Es kann vorkommen, dass wir Daten länger speichern.';
    assert.equal(findingOn(body, 'Es kann vorkommen'), undefined);
    assert.equal(findingOn(body, 'Es kann vorkommen', { 'de-kann-vorkommen': 'information' })?.severity, 'information');
  });

  it('does not end a sentence at German abbreviations: “z. B.”, “insb.”, “Abs.”, “u. U.”, “ggf.”', () => {
    const text = 'Wir nutzen z. B. Matomo und insb. Daten nach § 147 Abs. 3 AO, die u. U. und ggf. länger gespeichert werden. Neuer Satz.';
    const span = sentenceAround(text, text.indexOf('länger'), text.indexOf('länger') + 6);
    assert.equal(span.start, 0);
    assert.equal(text.slice(span.start, span.end), text.slice(0, text.indexOf(' Neuer')));
  });

  // First lint of batch-7b (2026-12-07): template sentences whose vague phrase the text answers.
  it('lowers the GDPR’s Art. 6 wording, the template’s statement of a basis and a glossary’s definitions', () => {
    assertLowered(
      'Ist die Verarbeitung zur Wahrung eines berechtigten Interesses unseres Unternehmens oder eines Dritten erforderlich und überwiegen die Interessen, Grundrechte und Grundfreiheiten des Betroffenen das erstgenannte Interesse nicht, so dient Art. 6 Abs. 1 lit. f DSGVO als Rechtsgrundlage.',
      'berechtigten Interesses',
      'definition',
    );
    assertLowered('- Tracking: Vom "Tracking“ spricht man, wenn das Verhalten von Nutzern über mehrere Onlineangebote hinweg nachvollzogen werden kann.', 'Tracking', 'definition');
    assertKept('Wir setzen Tracking ein, um das Verhalten von Nutzern über mehrere Onlineangebote hinweg nachzuvollziehen.', 'Tracking');
  });

  it('lowers a legitimate interest that points back to the interest just named, keeps one standing alone', () => {
    assertLowered(
      'Die Nutzung von YouTube erfolgt im Interesse einer ansprechenden Darstellung unserer Angebote. Dies stellt ein berechtigtes Interesse im Sinne von Art. 6 Abs. 1 lit. f DSGVO dar.',
      'berechtigtes Interesse',
      'refers-back',
    );
    assertLowered('In diesen Zwecken liegt auch unser berechtigtes Interesse in der Verarbeitung der Daten.', 'berechtigtes Interesse', 'refers-back');
    assertLowered(
      'Wir verwenden die Daten, um Angriffe abzuwehren. Die Rechtsgrundlage für die Verarbeitung ist damit ein berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO.',
      'berechtigtes Interesse',
      'refers-back',
    );
    assertKept('Wir verarbeiten Ihre Daten auf Grundlage unseres berechtigten Interesses.', 'berechtigten Interesses');
    assertKept('Die Grundlage der Verarbeitung ist ein berechtigtes Interesse.', 'berechtigtes Interesse');
  });

  it('lowers a retention period the template gives right after (“ist dies … der Fall”), keeps one left open', () => {
    const open = '### Dauer der Speicherung\nDie Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind.';
    assertLowered(`${open}\n\nIm Falle der Speicherung der Daten in Logfiles ist dies nach spätestens 7 Tagen der Fall.`, 'nicht mehr erforderlich', 'period-bound');
    assertKept(`${open}\n\n### Widerspruch\nIm Falle der Speicherung der Daten in Logfiles ist dies nach spätestens 7 Tagen der Fall.`, 'nicht mehr erforderlich');
  });

  it('lowers a phrase in a processing the sentence denies (“Eine Auswertung … findet nicht statt”), keeps one it performs', () => {
    assertLowered('Eine Auswertung der Daten zu Marketingzwecken findet in diesem Zusammenhang nicht statt.', 'Marketingzwecken', 'negated');
    assertKept('Eine Auswertung der Daten zu Marketingzwecken findet in diesem Zusammenhang statt.', 'Marketingzwecken');
  });

  it('reads the template’s sentences across the line breaks a policy wraps them with', () => {
    assertLowered('Eine\nAuswertung der Daten zu Marketingzwecken findet in diesem Zusammenhang nicht statt.', 'Marketingzwecken', 'negated');
    assertLowered(
      '### Dauer der Speicherung\n\nDie Daten werden gelöscht, sobald sie nicht mehr benötigt werden. In unserem Fall ist dies nach 7\nTagen der Fall.',
      'nicht mehr benötigt',
      'period-bound',
    );
  });

  // Misses at the first lint of batch-7a and batch-7b (2026-12-07): the site or offer improved, named with any owner or none.
  it('flags improving the site or offer with another article or owner, as a compound or an infinitive; not a named improvement', () => {
    const flaggedBy = (body: string, words: string, ruleId: string) => assert.equal(findingOn(body, words)?.ruleId, ruleId, body);
    flaggedBy('Zudem dienen uns die Daten zur Optimierung der Website.', 'Optimierung der Website', 'de-verbesserung');
    flaggedBy('Der Webseitenbetreiber hat ein berechtigtes Interesse an der Auswertung der Daten zur Verbesserung des Online-Angebots.', 'Verbesserung des Online-Angebots', 'de-verbesserung');
    flaggedBy('Die Anbieter verwenden die Daten zur Serviceoptimierung.', 'Serviceoptimierung', 'de-verbesserung');
    flaggedBy('Um den Dienst weiterzuentwickeln, nutzen wir einen Analysedienst.', 'Dienst weiterzuentwickeln', 'de-verbesserung');
    flaggedBy('Verbleiben die Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt.', 'bis der Zweck für die Datenverarbeitung entfällt', 'de-zweckwegfall');
    flaggedBy('Eine darüber hinausgehende Speicherung ist möglich.', 'darüber hinausgehende Speicherung', 'de-laenger');
    assert.equal(findingOn('Wir beheben mit den Absturzberichten Fehler in der App.', 'App'), undefined);
    assert.equal(findingOn('Die Optimierung der Ladezeit erfolgt ohne personenbezogene Daten.', 'Optimierung der Ladezeit'), undefined);
    assert.equal(findingOn('Die darüber hinausgehende Nutzung ist untersagt.', 'darüber hinausgehende Nutzung'), undefined);
  });

  it('lowers a singular recipient named right after it behind an article, keeps one followed by a common noun', () => {
    assertLowered('Diese Website benutzt den Open Source Webanalysedienst Matomo.', 'Webanalysedienst', 'named-beside');
    assertLowered('Zudem wird eine Verbindung zu dem Werbenetzwerk „DoubleClick“ von Google hergestellt.', 'Werbenetzwerk', 'named-beside');
    assertLowered('Wir nutzen den Webanalysedienst plausible.io.', 'Webanalysedienst', 'named-beside');
    assertKept('Wir erlauben dem Werbenetzwerk Cookies zu setzen.', 'Werbenetzwerk');
    assertKept('Wir geben Ihre Daten an einen Webanalysedienst weiter.', 'Webanalysedienst');
  });
});
