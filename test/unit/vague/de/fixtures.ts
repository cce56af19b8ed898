// Hand-written German sentences, in the manner of real privacy policies: for every rule one sentence
// it must flag (with the words it flags), and per family near misses it must not flag.

/** Rule id → [sentence, the words flagged]. */
export const POSITIVE: Readonly<Record<string, readonly [string, string]>> = {
  // Ungenannte Empfänger
  'de-dritte': ['Dritte erhalten Zugang zu den Protokollen.', 'Dritte'],
  'de-an-dritte': ['Wir geben Ihre Kontaktdaten an Dritte weiter.', 'an Dritte'],
  'de-drittanbieter': ['Die Daten werden von Drittanbietern ausgewertet.', 'Drittanbietern'],
  'de-dienste-dritter': ['Auf unserer Website binden wir Inhalte Dritter ein.', 'Inhalte Dritter'],
  'de-partner': ['Wir übermitteln Ihre Bestelldaten an unsere Partner.', 'Partner'],
  'de-ausgewaehlte-partner': ['Ihre Daten teilen wir mit sorgfältig ausgewählten Partnern.', 'sorgfältig ausgewählten Partnern'],
  'de-werbepartner': ['Wir teilen pseudonyme Kennungen mit unseren Werbepartnern.', 'Werbepartnern'],
  'de-geschaeftspartner': ['Ihre Daten können an Kooperationspartner übermittelt werden.', 'Kooperationspartner'],
  'de-partnerunternehmen': ['Die Angaben werden an unsere Partnerunternehmen weitergeleitet.', 'Partnerunternehmen'],
  'de-verbundene-unternehmen': ['Wir teilen Ihre Daten mit verbundenen Unternehmen.', 'verbundenen Unternehmen'],
  'de-konzern': ['Die Daten werden konzernweit an Tochtergesellschaften übermittelt.', 'konzernweit'],
  'de-dienstleister': ['Für den Versand setzen wir einen Dienstleister ein.', 'Dienstleister'],
  'de-externe-dienstleister': ['Wir bedienen uns externer Dienstleister für das Hosting.', 'externer Dienstleister'],
  'de-technische-dienstleister': ['Die Website wird von einem Hosting-Anbieter betrieben.', 'Hosting-Anbieter'],
  'de-analysedienste': ['Wir nutzen Analysedienste, um Besuche zu zählen.', 'Analysedienste'],
  'de-soziale-netzwerke': ['Beim Aufruf werden Daten an soziale Netzwerke übertragen.', 'soziale Netzwerke'],
  'de-sonstige-empfaenger': ['Die Daten gehen an Behörden und sonstige Empfänger.', 'sonstige Empfänger'],
  'de-behoerden': ['Auf Anforderung übermitteln wir Daten an zuständige Stellen.', 'zuständige Stellen'],
  'de-datenhaendler': ['Zur Bonitätsprüfung übermitteln wir Daten an Auskunfteien.', 'Auskunfteien'],
  'de-erwerber': ['Im Falle einer Fusion gehen Kundendaten an den Erwerber über.', 'Im Falle einer Fusion'],
  'de-berater': ['Wir geben Daten an unsere Berater weiter.', 'unsere Berater'],
  'de-unterauftragnehmer': ['Der Anbieter setzt Subunternehmer ein.', 'Subunternehmer'],
  'de-auftragsverarbeiter': ['Die Daten werden von Auftragsverarbeitern verarbeitet.', 'Auftragsverarbeitern'],
  'de-zahlungsdienstleister': ['Die Zahlung wickelt ein Zahlungsdienstleister ab.', 'Zahlungsdienstleister'],
  'de-plattformbetreiber': ['Es gilt die Datenschutzerklärung des jeweiligen Anbieters.', 'jeweiligen Anbieters'],
  'de-andere-nutzer': ['Ihr Profilbild ist für andere Nutzer sichtbar.', 'andere Nutzer'],
  'de-lieferanten': ['Wir übermitteln Lieferdaten an Lieferanten.', 'Lieferanten'],
  'de-empfaengerkategorien': ['Wir nennen Ihnen auf Anfrage Kategorien von Empfängern.', 'Kategorien von Empfängern'],
  'de-drittlaender': ['Eine Übermittlung in Drittländer findet statt.', 'Drittländer'],
  // Offene Zwecke
  'de-marketingzwecke': ['Wir nutzen Ihre E-Mail-Adresse zu Marketingzwecken.', 'Marketingzwecken'],
  'de-analysezwecke': ['Die Daten werden zu Analysezwecken gespeichert.', 'Analysezwecken'],
  'de-geschaeftszwecke': ['Wir verwenden die Angaben für interne Zwecke.', 'interne Zwecke'],
  'de-andere-zwecke': ['Wir können die Daten auch für andere Zwecke nutzen.', 'andere Zwecke'],
  'de-verbesserung': ['Die Daten dienen zur Verbesserung unserer Dienste.', 'zur Verbesserung unserer Dienste'],
  'de-nutzererlebnis': ['Cookies helfen uns, das Nutzererlebnis zu optimieren.', 'Nutzererlebnis'],
  'de-erfahrung-anpassen': ['Wir nutzen Ihre Standortdaten, um Ihre Erfahrung spezifisch anzupassen.', 'Ihre Erfahrung spezifisch anzupassen'],
  'de-personalisierung': ['Wir zeigen Ihnen personalisierte Angebote an.', 'personalisierte'],
  'de-interessenbasiert': ['Wir schalten interessenbasierte Werbung.', 'interessenbasierte'],
  'de-sicherheitszwecke': ['Die IP-Adresse wird aus Sicherheitsgründen gespeichert.', 'aus Sicherheitsgründen'],
  'de-attraktiver-gestalten': ['So können wir unser Angebot attraktiver gestalten.', 'attraktiver gestalten'],
  'de-funktionalitaet': ['Wir nutzen die Daten aus Gründen der Funktionalität.', 'aus Gründen der Funktionalität'],
  'de-forschungszwecke': ['Die Angaben werden für Forschungszwecke genutzt.', 'Forschungszwecke'],
  'de-profilbildung': ['Aus den Daten werden pseudonyme Nutzungsprofile erstellt.', 'pseudonyme Nutzungsprofile'],
  'de-zwecke-wie': ['Wir verarbeiten Daten zu Zwecken wie der Kundenbetreuung.', 'zu Zwecken wie'],
  'de-kommunikationszwecke': ['Die Telefonnummer nutzen wir zu Kommunikationszwecken.', 'Kommunikationszwecken'],
  'de-reichweite-messen': ['So messen wir die Effektivität unserer Werbekampagnen.', 'Effektivität unserer Werbekampagnen'],
  'de-tracking': ['Das Plugin ermöglicht geräteübergreifendes Tracking.', 'geräteübergreifendes Tracking'],
  'de-bonitaet': ['Vor Vertragsschluss führen wir eine Bonitätsprüfung durch.', 'Bonitätsprüfung'],
  // Eingeschränkte Aussagen
  'de-koennen-weitergeben': ['Wir können Ihre Daten an Behörden übermitteln.', 'Wir können Ihre Daten'],
  'de-koennen-erheben': ['Wir erläutern, welche Daten erfasst werden können.', 'erfasst werden können'],
  'de-gegebenenfalls': ['Wir speichern ggf. Ihre Telefonnummer.', 'ggf.'],
  'de-unter-umstaenden': ['Unter Umständen geben wir Daten an Inkassounternehmen weiter.', 'Unter Umständen'],
  'de-moeglicherweise': ['Wir erheben möglicherweise Standortdaten.', 'möglicherweise'],
  'de-vorbehalt': ['Wir behalten uns vor, diese Erklärung jederzeit zu ändern.', 'behalten uns vor'],
  'de-wenn-moeglich': ['Soweit möglich anonymisieren wir die Daten.', 'Soweit möglich'],
  'de-kann-vorkommen': ['Es kann vorkommen, dass Daten länger gespeichert werden.', 'Es kann vorkommen'],
  'de-ermessen': ['Die Löschung erfolgt nach unserem Ermessen.', 'nach unserem Ermessen'],
  'de-grundsaetzlich': ['Wir löschen die Daten grundsätzlich nach einem Jahr.', 'grundsätzlich'],
  'de-in-der-regel': ['Die Daten werden in der Regel nach 30 Tagen gelöscht.', 'in der Regel'],
  'de-bei-bedarf': ['Bei Bedarf übermitteln wir Daten an unsere Anwälte.', 'Bei Bedarf'],
  'de-bemuehen': ['Wir bemühen uns, Ihre Daten sicher zu speichern.', 'bemühen uns'],
  // Offene Aufzählungen
  'de-insbesondere': ['Wir erheben insbesondere Name und Anschrift.', 'insbesondere'],
  'de-unter-anderem': ['Wir verarbeiten u. a. Ihre Zahlungsdaten.', 'u. a.'],
  'de-zum-beispiel': ['Wir erheben Kontaktdaten, z. B. die E-Mail-Adresse.', 'z. B.'],
  'de-usw': ['Wir speichern Name, Adresse, Telefonnummer usw.', 'usw.'],
  'de-nicht-abschliessend': ['Die folgende Aufzählung ist nicht abschließend.', 'nicht abschließend'],
  'de-einschliesslich': ['Wir verarbeiten Nutzungsdaten einschließlich der IP-Adresse.', 'einschließlich'],
  'de-und-andere': ['Wir nutzen Newsletter, Apps und andere Kanäle.', 'und andere Kanäle'],
  'de-quellen-wie': ['Wir erhalten Daten aus Quellen wie Adressverlagen.', 'Quellen wie'],
  'de-aehnliche-technologien': ['Wir verwenden Cookies und ähnliche Technologien.', 'Cookies und ähnliche Technologien'],
  'de-vor-allem': ['Wir verarbeiten vor allem Vertragsdaten.', 'vor allem'],
  'de-daten-wie': ['Wir speichern Daten wie zum Beispiel Ihre Anschrift.', 'Daten wie zum Beispiel'],
  // Unbestimmte Mengen
  'de-in-einigen-faellen': ['In einigen Fällen speichern wir die Daten länger.', 'In einigen Fällen'],
  'de-teilweise': ['Die Daten werden teilweise an Partner übermittelt.', 'teilweise'],
  'de-grossteil': ['Ein Großteil der Daten wird in der EU verarbeitet.', 'Ein Großteil'],
  'de-einige-websites': ['Auf einigen unserer Websites setzen wir Zählpixel ein.', 'einigen unserer Websites'],
  'de-umfang': ['Wir verarbeiten Daten im erforderlichen Umfang.', 'im erforderlichen Umfang'],
  'de-zahlreiche': ['Wir arbeiten mit zahlreichen Anbietern zusammen.', 'zahlreichen'],
  'de-verschiedene': ['Wir setzen verschiedene Werkzeuge ein.', 'verschiedene'],
  'de-minimale-menge': ['Wir erheben eine minimale Menge an Daten.', 'minimale Menge an Daten'],
  'de-einige-einige': ['Einige unserer Mitarbeiter haben Zugriff.', 'Einige unserer'],
  'de-moeglichst': ['Wir speichern die Daten möglichst kurz.', 'möglichst kurz'],
  'de-sicherheitsmassnahmen': ['Wir treffen angemessene Maßnahmen zum Schutz Ihrer Daten.', 'angemessene Maßnahmen'],
  // Unbestimmte Zeit
  'de-solange-erforderlich': ['Wir speichern Ihre Daten, solange dies erforderlich ist.', 'solange dies erforderlich ist'],
  'de-nicht-mehr-erforderlich': ['Die Daten werden gelöscht, wenn sie nicht mehr erforderlich sind.', 'nicht mehr erforderlich'],
  'de-zweckwegfall': ['Die Daten werden nach Wegfall des Zwecks gelöscht.', 'Wegfall des Zwecks'],
  'de-angemessene-frist': ['Wir beantworten Anfragen innerhalb einer angemessenen Frist.', 'innerhalb einer angemessenen Frist'],
  'de-zeitnah': ['Wir löschen die Daten zeitnah.', 'zeitnah'],
  'de-regelmaessig': ['Wir überprüfen die Daten regelmäßig.', 'regelmäßig'],
  'de-von-zeit-zu-zeit': ['Von Zeit zu Zeit gleichen wir Adressen ab.', 'Von Zeit zu Zeit'],
  'de-kurzzeitig': ['Die Daten werden vorübergehend gespeichert.', 'vorübergehend'],
  'de-laenger': ['Die Daten werden über einen längeren Zeitraum gespeichert.', 'über einen längeren Zeitraum'],
  'de-unbestimmt': ['Die Protokolle bleiben bis auf weiteres gespeichert.', 'bis auf weiteres'],
  'de-zukuenftig': ['Künftig werden wir weitere Daten erheben.', 'Künftig'],
  'de-uebliche-fristen': ['Wir löschen nach den üblichen Fristen.', 'üblichen Fristen'],
  'de-einzelfall': ['Über die Löschung entscheiden wir je nach Einzelfall.', 'je nach Einzelfall'],
  'de-dauer-der-speicherung-unbestimmt': ['Wir speichern die Daten für die Dauer der Geschäftsbeziehung.', 'für die Dauer der Geschäftsbeziehung'],
  'de-speicherdauer-variiert': ['Die Speicherdauer variiert je nach Art der Daten.', 'Speicherdauer variiert'],
  // Unbestimmte Daten
  'de-bestimmte-daten': ['Wir erheben bestimmte personenbezogene Daten.', 'bestimmte personenbezogene Daten'],
  'de-einige-daten': ['Der Anbieter gibt einige dieser Daten an uns weiter.', 'einige dieser Daten'],
  'de-weitere-daten': ['Wir speichern Ihren Namen und weitere Angaben.', 'weitere Angaben'],
  'de-alle-daten': ['Der Dienstleister erhält sämtliche Daten.', 'sämtliche Daten'],
  'de-grundlegende-daten': ['Die App übermittelt grundlegende Informationen.', 'grundlegende Informationen'],
  'de-technische-daten': ['Dabei werden technische Daten erfasst.', 'technische Daten'],
  'de-geraeteinformationen': ['Wir erfassen Geräteinformationen.', 'Geräteinformationen'],
  'de-nutzungsdaten': ['Wir erheben Nutzungsdaten.', 'Nutzungsdaten'],
  'de-metadaten': ['Es werden Metadaten gespeichert.', 'Metadaten'],
  'de-informationen-ueber-sie': ['Wir erhalten Informationen über Sie von Partnern.', 'Informationen über Sie'],
  'de-andere-quellen': ['Wir ergänzen Ihr Profil mit Daten aus anderen Quellen.', 'aus anderen Quellen'],
  'de-kennungen': ['Wir verwenden eine Online-Kennung.', 'Online-Kennung'],
  'de-aggregierte-daten': ['Wir teilen aggregierte Daten mit Partnern.', 'aggregierte Daten'],
  'de-inhalte-nutzer': ['Wir verarbeiten Inhaltsdaten.', 'Inhaltsdaten'],
  'de-profildaten': ['Wir speichern Ihre Profildaten.', 'Profildaten'],
  // Unbestimmte Rechtsgrundlagen
  'de-berechtigtes-interesse': ['Die Verarbeitung beruht auf unseren berechtigten Interessen.', 'berechtigten Interessen'],
  'de-gesetzliche-pflichten': ['Wir speichern die Daten aufgrund gesetzlicher Pflichten.', 'gesetzlicher Pflichten'],
  'de-geltendes-recht': ['Wir geben Daten weiter, soweit das geltende Recht es verlangt.', 'geltende Recht'],
  'de-gesetzliche-ausnahme': ['Wir kommen Ihrer Anfrage nach, es sei denn, es gilt eine gesetzliche Ausnahme.', 'gesetzliche Ausnahme'],
  'de-aufbewahrungspflichten': ['Die Daten werden bis zum Ablauf der gesetzlichen Aufbewahrungsfristen gespeichert.', 'gesetzlichen Aufbewahrungsfristen'],
  'de-einwilligung-durch-nutzung': ['Mit dem Besuch der Website erklären Sie sich einverstanden.', 'erklären Sie sich einverstanden'],
  'de-rechtsgrundlage-unbestimmt': ['Die Verarbeitung erfolgt auf Grundlage der gesetzlichen Bestimmungen.', 'auf Grundlage der gesetzlichen Bestimmungen'],
  'de-gesetzlich-zulaessig': ['Wir nutzen die Daten, soweit dies gesetzlich zulässig ist.', 'soweit dies gesetzlich zulässig ist'],
  'de-oeffentliches-interesse': ['Die Verarbeitung erfolgt im öffentlichen Interesse.', 'im öffentlichen Interesse'],
  'de-rechtsansprueche': ['Wir speichern Daten bis zum Ende eines Rechtsstreits.', 'Rechtsstreits'],
  'de-behoerdliche-anfragen': ['Auf behördliche Anfragen geben wir Daten heraus.', 'behördliche Anfragen'],
  'de-interessenabwaegung': ['Dies ergibt sich aus einer Interessenabwägung.', 'Interessenabwägung'],
  'de-vertragliche-gruende': ['Wir speichern die Daten aus vertraglichen Gründen.', 'aus vertraglichen Gründen'],
  'de-gesetzlich-vorgesehen': ['Wir geben Daten in den gesetzlich vorgesehenen Fällen weiter.', 'in den gesetzlich vorgesehenen Fällen'],
  'de-garantien': ['Die Übermittlung erfolgt unter geeigneten Garantien.', 'geeigneten Garantien'],
};

/** Near misses per family: sentences no rule of the family may flag. */
export const NEGATIVE: Readonly<Record<string, readonly string[]>> = {
  'unnamed-recipients': [
    'Im dritten Absatz erklären wir die Speicherdauer.', // ordinal
    'Wir schützen die Daten vor dem Zugriff durch Dritte.', // attackers
    'Der Betrieb liegt beim Dienstleister KDO Service GmbH.', // named with its company form
    'Zahlungen laufen über externe Zahlungsanbieter: Stripe und PayPal.', // named after a colon
    'Bitte wenden Sie sich an Ihren Partner.', // the user's partner
    'Die Daten werden in unserem Rechenzentrum verarbeitet.',
    'Wir veröffentlichen die Datenschutzkontaktdaten von Unternehmen und anderen Organisationen.', // whose data, not who receives it
  ],
  'open-purposes': ['Wir verwenden Ihre Adresse, um die bestellte Ware zu liefern.', 'Die Daten dienen der Abwicklung Ihres Vertrags.'],
  'hedged-modality': [
    'Sie können Ihre Einwilligung jederzeit widerrufen.',
    'Wir speichern Ihre E-Mail-Adresse.',
    'Unser Angebot richtet sich grundsätzlich an Personen, die mindestens 16 Jahre alt sind.', // the audience
  ],
  'open-lists': [
    'Wir speichern Name, Anschrift und E-Mail-Adresse.',
    'Die Kosten werden wie folgt berechnet.',
    'Die Webseite bietet Dir unter anderem die Möglichkeit zu spenden.', // features offered
  ],
  'vague-quantity': [
    'Wir speichern Ihren Namen und Ihre Anschrift.',
    'Um Dir die größtmögliche Kontrolle über Deine Privatsphäre zu geben, gibt es Einstellungen.', // a benefit, not an amount
    'Die Verarbeitung Deiner Daten beschränken wir auf das erforderliche Minimum.', // a limit the company sets
  ],
  'vague-time': [
    'Die Daten werden nach 30 Tagen gelöscht.',
    'Die Protokolle werden 14 Tage lang gespeichert.',
    'Nach Deinem Austritt löschen wir alle Daten, die wir nicht mehr benötigen, innerhalb von 30 Tagen.', // the period follows
  ],
  'unspecific-data': [
    'Weitere Informationen finden Sie in unserer Cookie-Richtlinie.',
    'Wir speichern Ihre E-Mail-Adresse.',
    'Weitere Informationen als die auf dem Zertifikat angegebenen werden nicht gespeichert.', // a comparison
    'Übermittelt werden die Absenderadresse und E-Mail-Inhalte, die weitere personenbezogene Daten enthalten können.', // what a field may contain
  ],
  'vague-legal-basis': [
    'Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO.',
    'Die Speicherung beruht auf unserem berechtigten Interesse an der Beantwortung Ihrer Nachricht.',
    'Wir unterliegen gesetzlichen Aufbewahrungspflichten (§ 147 Abs. 3 AO).',
    'Die Verarbeitung geschieht unter Beachtung der geltenden datenschutzrechtlichen Vorschriften, insbesondere der DSGVO.', // the law is named
  ],
};
