// Why a finding was lowered or dropped, in each interface language: the hover of a lowered finding
// says why in the language of the rest of the hover. The English sentences stay in reasons.ts
// (REASON_EXPLANATIONS), which the command line prints.
import type { UiLanguage } from '../../language/languages';
import { REASON_EXPLANATIONS, type ContextReason } from './reasons';

const GERMAN: Record<ContextReason, string> = {
  negated: 'Der Satz verneint oder begrenzt diese Verwendung („wir … nicht“, „niemals“, „nur“); die Formulierung lässt hier nichts offen.',
  'user-rights': 'Der Satz beschreibt, was Sie tun können (Ihre Rechte, Ihre Wahl), nicht, was das Unternehmen mit Ihren Daten tut.',
  'other-subject': 'Die Einschränkung betrifft, was jemand anderes tut (Sie, ein anderes Unternehmen), nicht, was dieses Unternehmen mit Ihren Daten tut.',
  'acts-alone': 'Der Satz sagt, was andere von sich aus tun können (Daten erfassen, abrufen, auswerten oder indexieren), nicht, was das Unternehmen mit Ihren Daten tut oder ihnen gibt.',
  'user-chosen': 'Sie geben die Daten selbst an diesen Empfänger oder wählen ihn selbst aus; das Unternehmen bestimmt ihn nicht.',
  'not-personal-data': 'Der Satz handelt von anonymisierten, pseudonymisierten oder zusammengefassten Angaben, nicht von Daten über Sie.',
  definition: 'Die Formulierung steht in einer Begriffsbestimmung oder in zitiertem Gesetzestext: Sie benennt einen Begriff und beschreibt nicht, was das Unternehmen tut.',
  'specific-example': 'Auf die Formulierung folgen konkrete, benannte Beispiele; man erfährt also, was sie umfasst.',
  'named-beside': 'Der Empfänger wird direkt daneben oder im nächsten Satz genannt (mit Namen oder Link); man erfährt also, wer es ist.',
  'interest-stated': 'Dieselbe Passage sagt, worin das berechtigte Interesse besteht – genau das verlangt das Gesetz vom Unternehmen.',
  'legal-process': 'Die Offenlegung oder Pflicht ist an ein benanntes rechtliches Verfahren geknüpft (Beschluss, gerichtliche Anordnung, Durchsuchungsbefehl); man erfährt also, wann sie eintritt.',
  'basis-named': 'Der Satz leitet die Liste der Rechtsgrundlagen ein oder nennt sie (Einwilligung, Vertrag, berechtigte Interessen); das erwähnte Gesetz oder der Vertrag bleibt hier nicht offen.',
  'listed-above': 'Die Formulierung verweist auf eine Liste von Zwecken direkt darüber; man findet sie ein paar Zeilen weiter oben.',
  'permission-needed': 'Der Satz sagt, dass diese Verwendung nur mit Ihrer Erlaubnis oder Einwilligung geschieht; Sie entscheiden also, ob sie stattfindet.',
  'user-triggered': 'Die Einschränkung sagt, was geschehen kann, wenn Sie etwas tun („wenn Sie uns kontaktieren, speichern wir ggf. …“): eine Möglichkeit, die von Ihrem eigenen Handeln abhängt.',
  'recipient-duties':
    'Der Satz handelt von den Pflichten dieser Empfänger (ein Vertrag, eine Vereinbarung), nicht davon, welche Daten an wen gehen; die Sätze, die Daten an sie weitergeben, werden für sich geprüft.',
  'goal-not-data': 'Das Bemühen oder die Absicht betrifft etwas anderes als Ihre Daten (eine fehlerfreie App, eine Funktion); über den Umgang mit Ihren Daten verspricht es nichts.',
  'user-entered': 'Sie geben diese Angaben selbst ein oder halten sie selbst fest (in einer App oder einem Formular); der Satz sagt, was Sie tun, nicht, was das Unternehmen von sich aus erhebt.',
  'refers-back': 'Die Formulierung verweist auf das, was der Text gerade beschrieben hat („diese Umstände“, „einige dieser Werkzeuge“); man findet es in den Sätzen davor.',
  'examples-before': 'Die Formulierung schließt eine Liste konkreter Beispiele ab, die direkt davor stehen; sie zeigen, welche Art von Dingen gemeint ist.',
  'policy-overview':
    'Der Satz kündigt an, wovon die Erklärung handelt („Diese Datenschutzerklärung erläutert, wie wir … erheben, nutzen und weitergeben“); die angekündigten Abschnitte nennen die Einzelheiten und werden für sich geprüft.',
  'listed-below': 'Der Satz oder der nächste leitet eine Liste darunter ein („Wir verarbeiten folgende personenbezogene Daten:“), die nennt, was die Formulierung offenlässt.',
  'not-about-data':
    'Der Satz sagt nichts über personenbezogene Daten, die Erklärung oder Ihr Konto („Einreiseregeln können sich ändern“); die vage Zeit- oder Mengenangabe oder Änderung lässt also nichts darüber offen, was das Unternehmen mit Ihren Daten tut.',
  'counts-no-data': 'Die unbestimmte Menge zählt Teile der App oder Angebote (Funktionen, Umfragen), nicht Daten, Empfänger oder Zwecke; über Ihre Daten lässt sie nichts offen.',
  'period-bound': 'Derselbe oder der nächste Satz nennt eine feste Obergrenze („höchstens 10 Jahre“, „innerhalb einer Woche“); man weiß, wie lange es längstens dauert.',
  'message-to-you':
    'Die Formulierung sagt, wann, warum oder wie das Unternehmen Ihnen schreibt (eine E-Mail, eine Bestätigung); das sehen Sie, wenn es geschieht, und über die Verwendung Ihrer Daten bleibt nichts offen.',
  'transfer-mechanism':
    'Der Satz nennt den rechtlichen Mechanismus für Übermittlungen ins Ausland (einen Angemessenheitsbeschluss der EU-Kommission, Standardvertragsklauseln), der sagt, was „angemessen“ hier bedeutet.',
  'shown-before-transfer':
    'Dieser oder der nächste Satz sagt, dass Ihnen der konkrete Empfänger (in der App) angezeigt wird, bevor etwas übermittelt wird; Sie erfahren also, wer es ist, wenn es darauf ankommt.',
  'others-practice': 'Der Satz beschreibt, was andere Unternehmen allgemein tun („manche DNS-Anbieter verkaufen Daten …“), nicht, was dieses Unternehmen mit Ihren Daten tut.',
  'deleted-in-time': 'Der Satz sagt nur, wann diese Daten gelöscht werden, mit einer festen Frist („nach 21 Tagen gelöscht“): eine Grenze für ihre Speicherung, keine offene Verwendung.',
  'cause-not-purpose': 'Die Formulierung nennt einen Anlass („aufgrund der Weiterentwicklung unserer Website“), keinen Zweck, zu dem Ihre Daten verwendet werden.',
  'business-transfer': 'Empfänger ist, wer das Unternehmen kauft oder übernimmt (Fusion, Übernahme oder Verkauf); das lässt sich nicht im Voraus benennen, und der Satz sagt, wann es geschieht.',
  'not-a-recipient':
    'Der Satz sagt nicht, dass Ihre Daten an sie gehen (weitergegeben, offengelegt oder von ihnen verarbeitet): Sie werden aus einem anderen Grund genannt, etwa wegen einer Anfrage von ihnen, eines Links auf ihre Seiten oder der Herkunft von Nutzern.',
  'named-in-section':
    'Der Abschnitt, in dem die Formulierung steht, nennt die Empfänger (eine Liste, eine Tabelle, Zwischenüberschriften oder Links); man erfährt also ein paar Zeilen weiter, wer sie sind.',
  cited: 'Der Satz zitiert den Gesetzesartikel, auf dem die Rechtsgrundlage beruht; die Grundlage ist also benannt.',
  repeat: 'Dieselbe Formulierung wurde in diesem Abschnitt schon markiert; das erste Vorkommen trägt die Anzahl.',
  alone:
    'Sonst ist nichts in diesem Satz vage. In echten Datenschutzerklärungen war diese Formulierung fragwürdig, wenn andere vage Formulierungen daneben standen (7 von 10 Mal), allein in weniger als der Hälfte der Fälle.',
  label: 'Die Formulierung ist eine Überschrift, eine Tabellenbeschriftung oder eine fett gesetzte Listenbeschriftung: ein Titel für das Folgende, keine Aussage.',
  mention: 'Die Formulierung steht in Ihrem eigenen Text in Anführungszeichen oder als Code: Sie erwähnen sie, Sie verwenden sie nicht.',
  'said-above':
    'Der Satz wiederholt, was die Erklärung schon gesagt hat („wie bereits erwähnt“, „wie oben beschrieben“); die Einzelheiten stehen in der wiederholten Passage, die für sich geprüft wird.',
  'instruments-named': 'Die Formulierung schließt eine Liste rechtlicher Mittel ab (Beschluss, gerichtliche Anordnung, Durchsuchungsbefehl); sie zeigt, welche Art von Anordnung gemeint ist.',
  'defined-in-place':
    'Der Satz macht die Formulierung gleich danach zu einem Begriff („personenbezogene Daten, kurz PII“, „im Folgenden Nutzungsdaten“): die Erklärung benennt einen Begriff, den sie weiter verwendet.',
  'compelled-disclosure':
    'Der Satz handelt von einer gesetzlich erzwungenen Offenlegung und nennt die rechtlichen Mittel (Beschluss, gerichtliche Anordnung, Durchsuchungsbefehl): was offengelegt wird und an welche Behörde, bestimmt die Anordnung.',
  'services-described':
    'Die Empfänger werden durch die Dienste beschrieben, die sie erbringen („die uns E-Mail-, Dokumentenverwaltungs- und Speicherdienste bereitstellen“); man erfährt also, welche Art von Empfänger es ist.',
  'event-ends': 'Der Satz knüpft das Ende an ein einmaliges Ereignis („sobald wir sie für die Bearbeitung Ihrer Anfrage nicht mehr benötigen“); man erfährt also, wann die Daten gelöscht werden.',
  'listed-inline': 'Die Formulierung leitet eine Liste ein, die derselbe Satz gibt („Dazu können gehören: Vorname, Nachname; …“); sie sagt, um welche Daten es geht.',
  'contract-named':
    'Der Vertrag wird direkt danach durch den Dienst benannt, für den er gilt („zur Erfüllung unseres Vertrags mit Ihnen (z. B. um den RubyGems-Dienst bereitzustellen)“); man erfährt also, welcher Vertrag gemeint ist.',
  'list-item': 'Die Formulierung ist ein Eintrag mitten in einer Liste konkreter Einträge („Verkehrsdaten, Standortdaten, Weblogs“); sie benennt eine Art von Daten und lässt die Liste nicht offen.',
  'protection-by-law':
    'Das Gesetz ist der Maßstab für das Schutzniveau, das das Unternehmen Ihren Daten zusagt („dasselbe Schutzniveau, wie es das anwendbare Recht verlangt“): eine Untergrenze für Ihren Schutz, keine Bedingung für die Nutzung oder Weitergabe Ihrer Daten.',
  'not-retroactive':
    'Die Erklärung sagt, dass ihre Änderungen nicht für Daten gelten, die vorher erhoben wurden („die Änderungen gelten nicht rückwirkend“); eine Änderung kann also nicht erweitern, was mit bereits gegebenen Daten geschieht.',
  'security-need':
    'Die Bedingung ist an die Prüfung Ihrer Identität oder die Sicherheit des Zugangs gebunden („soweit nötig, um die Identität einer Person zu prüfen“, „Zugang authentifizieren (wo erforderlich)“); der Bedarf ist also benannt.',
  'tracker-defined':
    'Der Satz erklärt allgemein, was ein Cookie, Web Beacon oder eine ähnliche Technik ist („Cookies sind kleine Datendateien, die Websites auf Ihrem Computer ablegen …“), nicht, was das Unternehmen mit Ihren Daten tut.',
  'corporate-events-named':
    'Der Satz nennt die Unternehmensvorgänge, bei denen Ihre Daten den Inhaber wechseln würden (Umstrukturierung, Fusion, Übernahme oder Verkauf von Vermögenswerten): man erfährt, wann es geschieht.',
  'listed-next': 'Der nächste Satz zählt auf, was die Daten umfassen („Dazu gehören Angaben zu Gerät, Browser, …, Ihre IP-Adresse, …“): man erfährt, welche Daten gemeint sind.',
  'kept-without-limit':
    'Die Richtlinie sagt klar, dass diese Daten ohne zeitliche Grenze aufbewahrt werden („Alle an Mailinglisten gesendeten Inhalte werden unbegrenzt archiviert“): eine klare, wenn auch lange Frist, keine vage. Ob das rechtmäßig ist, ist eine eigene Frage.',
  'notice-ahead':
    'Die Richtlinie verspricht, Sie eine feste Zeit vor dem Inkrafttreten über eine Änderung zu informieren („wir senden Ihnen … 7 Tage vorher eine E-Mail“): Sie erfahren rechtzeitig davon.',
  'change-notified':
    'Die Erklärung verspricht, Sie über ihre Änderungen zu informieren („wir senden Ihnen eine E-Mail … 7 Tage bevor wir diese Änderungen vornehmen“); eine Änderung erreicht Sie also nicht unangekündigt.',
  'security-measures':
    'Die Formulierung zählt die Sicherheitsmaßnahmen auf, die Ihre Daten schützen (Verschlüsselung, gehashte Passwörter, Firewalls): Sie sagt, wie Ihre Daten geschützt werden, nicht, wer sie erhält, wofür oder wie lange.',
  'identification-risk':
    'Der Satz warnt Sie, dass Daten verraten können, wer Sie sind („jemand könnte sie nutzen, um herauszufinden, wer Sie sind“): Er erklärt ein Risiko für Sie, nicht, was das Unternehmen mit Ihren Daten tut.',
  'accuracy-upkeep':
    'Der Satz handelt davon, falsche oder unvollständige Daten zu berichtigen oder zu entfernen („unrichtige Informationen berichtigen, aktualisieren oder entfernen“): Ihre Daten richtig zu halten, keine Nutzung oder Weitergabe.',
  'contact-channel':
    'Die offene Aufzählung betrifft die Wege, auf denen Sie und das Unternehmen einander erreichen („per Telefon, E-Mail oder auf andere Weise“, „auf anderem Weg, etwa per Post“): Offen bleibt der Kanal, nicht, was mit Ihren Daten geschieht.',
  'emergency-named':
    'Der Satzteil nennt den Notfall, in dem es geschieht („in einem Notfall, um die persönliche Sicherheit unserer Nutzer zu schützen“, „um eine unmittelbare und schwere Körperverletzung zu verhindern“); man erfährt also, wann es eintritt.',
  'counts-ways':
    'Die unbestimmte Menge zählt die Wege, auf denen Ihre Daten erhoben werden („auf verschiedene Weise“), die die Erklärung danach einzeln beschreibt; die Daten selbst werden für sich geprüft.',
  'users-choice':
    'Der Ausdruck gehört zu dem, was Sie selbst angeben, erlauben oder einstellen („wenn Sie optionale Felder ausfüllen“, „je nach den Einstellungen, die Sie festlegen“): Sie entscheiden, das Vorgehen des Unternehmens bleibt nicht offen.',
  'advice-to-user':
    'Der Satz rät Ihnen, was Sie selbst tun sollten („bitte löschen Sie …, wenn Sie sie nicht mehr brauchen“, „wir empfehlen Ihnen, die Datenschutzerklärung zu lesen“): ein Hinweis an Sie, nicht was das Unternehmen mit Ihren Daten tut.',
  'data-protected':
    'Der Ausdruck bezeichnet, was das Unternehmen schützt („Maßnahmen, um Informationen über Sie vor Verlust, Diebstahl und Missbrauch zu schützen“): er sagt, wie Ihre Daten gesichert werden, nicht welche Daten genutzt oder weitergegeben werden.',
  'rest-user-chosen': 'Die Daten sind konkret aufgezählt, und offen bleibt nur, was Sie selbst angeben möchten („und alle weiteren Angaben, die Sie machen möchten“): Den Rest bestimmen Sie.',
  'means-named':
    'Auf den offenen Zweck folgen sofort die konkreten Tätigkeiten, die ihn ausführen („indem wir die Leistung von … verbessern“, „etwa indem wir uns die Geräte merken, mit denen Sie sich angemeldet haben“); man erfährt also, was geschieht.',
  'duty-to-you':
    'Was das Gesetz hier verlangt, gilt Ihnen gegenüber („gesetzlich verpflichtet, Sie über eine Datenpanne zu informieren“, „Zugang … gewähren, wie gesetzlich vorgeschrieben“): Sie erhalten eine Mitteilung oder Zugang; eine offene Grundlage, Ihre Daten zu verwenden oder weiterzugeben, ist das nicht.',
  'security-aim-named':
    'Die Sicherheit wird zusammen mit dem Betrug genannt, gegen den sie schützt („zur Erkennung und Verhinderung von Betrug und für Sicherheitszwecke“); man erfährt also, wozu sie dient.',
  'deleted-outright':
    'Der Satz sagt nur, dass diese Daten gelöscht werden („Alle anderen personenbezogenen Daten werden gelöscht“, „werden nach der Veranstaltung sicher gelöscht“): eine Grenze für ihre Speicherung, keine offene Verwendung.',
  'umbrella-lead':
    'Der Ausdruck steht für alle Daten über Sie, in einem Satz, der zu den Wegen, Quellen oder Zwecken überleitet, die die Erklärung danach einzeln beschreibt („Wir erheben Informationen über Sie auf verschiedene Weise“); die unbestimmte Zahl der Wege oder Zwecke wird für sich geprüft.',
  'security-disclaimer':
    'Die Bemühung wird nur genannt, um zu sagen, was nicht zugesichert werden kann („Obwohl wir uns bemühen, Ihre Daten zu schützen, können wir ihre Sicherheit nicht garantieren“): ein Hinweis auf die Grenzen der Sicherheit, keine Einschränkung dessen, was mit Ihren Daten geschieht.',
};

const FRENCH: Record<ContextReason, string> = {
  negated: 'La phrase exclut ou limite cet usage (« nous ne … pas », « jamais », « uniquement ») : la formule ne laisse rien ouvert ici.',
  'user-rights': 'La phrase décrit ce que vous pouvez faire (vos droits, vos choix), non ce que l’entreprise fait de vos données.',
  'other-subject': 'La réserve porte sur ce que fait quelqu’un d’autre (vous, une autre entreprise), non sur ce que cette entreprise fait de vos données.',
  'acts-alone': 'La phrase dit ce que d’autres peuvent faire d’eux-mêmes (collecter, consulter, analyser ou indexer des données), non ce que l’entreprise fait de vos données ou leur transmet.',
  'user-chosen': 'C’est vous qui transmettez les données à ce destinataire ou qui le choisissez ; l’entreprise ne le désigne pas.',
  'not-personal-data': 'La phrase porte sur des informations anonymisées, pseudonymisées ou agrégées, non sur des données vous concernant.',
  definition: 'La formule figure dans une définition ou dans un texte de loi cité : elle nomme une notion et ne décrit pas ce que fait l’entreprise.',
  'specific-example': 'La formule est suivie d’exemples précis et nommés : on apprend ce qu’elle recouvre.',
  'named-beside': 'Le destinataire est nommé juste à côté ou dans la phrase suivante (un nom ou un lien) : on apprend de qui il s’agit.',
  'interest-stated': 'Le même passage précise en quoi consiste l’intérêt légitime, ce que la loi demande à l’entreprise d’indiquer.',
  'legal-process': 'La communication ou l’obligation est liée à une procédure juridique nommée (réquisition, décision de justice, mandat) : on apprend quand elle a lieu.',
  'basis-named': 'La phrase introduit la liste des bases juridiques ou les nomme (consentement, contrat, intérêts légitimes) : la loi ou le contrat mentionné n’est pas laissé ouvert ici.',
  'listed-above': 'La formule renvoie à une liste de finalités donnée juste au-dessus : on la trouve quelques lignes plus haut.',
  'permission-needed': 'La phrase indique que cet usage n’a lieu qu’avec votre autorisation ou votre consentement : c’est vous qui décidez.',
  'user-triggered': 'La réserve dit ce qui peut se produire quand vous faites quelque chose (« si vous nous contactez, nous pouvons conserver … ») : une possibilité liée à votre propre action.',
  'recipient-duties':
    'La phrase porte sur les obligations imposées à ces destinataires (un contrat, un accord), non sur les données transmises à chacun ; les phrases qui leur communiquent des données sont vérifiées à part.',
  'goal-not-data': 'L’effort ou l’intention porte sur autre chose que vos données (une application sans bogue, une fonction) : il ne promet rien sur leur traitement.',
  'user-entered': 'Vous saisissez ou notez vous-même ces informations (dans une application ou un formulaire) : la phrase dit ce que vous faites, non ce que l’entreprise collecte de son propre chef.',
  'refers-back': 'La formule renvoie à ce que le texte vient de décrire (« ces circonstances », « certains de ces outils ») : on le trouve dans les phrases précédentes.',
  'examples-before': 'La formule clôt une liste d’éléments précis nommés juste avant, qui montrent de quel genre de chose il s’agit.',
  'policy-overview':
    'La phrase annonce ce que couvre la politique (« Cette politique explique comment nous collectons, utilisons et partageons… ») ; les sections annoncées donnent le détail et sont vérifiées séparément.',
  'listed-below': 'La phrase, ou la suivante, introduit une liste ci-dessous (« Nous traitons les données personnelles suivantes : ») qui nomme ce que la formule laisse ouvert.',
  'not-about-data':
    'La phrase ne dit rien des données personnelles, de la politique ni de votre compte (« les règles d’entrée peuvent changer ») : la durée, la quantité ou le changement vague ne laisse rien d’ouvert sur ce que l’entreprise fait de vos données.',
  'counts-no-data':
    'La quantité vague compte des parties de l’application ou des offres (fonctions, enquêtes), non des données, des destinataires ou des finalités ; elle ne laisse rien d’ouvert sur vos données.',
  'period-bound': 'La même phrase, ou la suivante, donne une limite précise (« pas plus de 10 ans », « sous une semaine ») ; on sait combien de temps cela peut durer au plus.',
  'message-to-you':
    'La formule dit quand, pourquoi ou comment l’entreprise vous écrit (un e-mail, une confirmation), ce que vous voyez quand cela arrive ; rien n’est laissé ouvert sur l’usage de vos données.',
  'transfer-mechanism':
    'La phrase nomme le mécanisme juridique des transferts à l’étranger (une décision d’adéquation de la Commission européenne, des clauses contractuelles types), qui dit ce que « adéquat » signifie ici.',
  'shown-before-transfer': 'Cette phrase ou la suivante dit que le destinataire précis vous est affiché (dans l’application) avant tout envoi ; vous savez donc qui il est au moment où cela compte.',
  'others-practice': 'La phrase décrit ce que font d’autres entreprises en général (« certains fournisseurs DNS vendent des données… »), non ce que cette entreprise fait de vos données.',
  'deleted-in-time': 'La phrase dit seulement quand ces données sont supprimées, avec un délai précis (« supprimées après 21 jours ») : une limite à leur conservation, non un usage ouvert.',
  'cause-not-purpose': 'La formule donne une cause (« en raison de l’évolution de notre site »), non une finalité pour laquelle vos données sont utilisées.',
  'business-transfer': 'Le destinataire est celui qui achète ou reprend l’entreprise (fusion, acquisition ou cession), qu’on ne peut pas nommer à l’avance ; la phrase dit quand cela arrive.',
  'not-a-recipient':
    'La phrase ne dit pas que vos données leur sont transmises (communiquées, divulguées ou traitées par eux) : ils sont nommés pour une autre raison, par exemple une demande qu’ils adressent, un lien vers leurs sites ou l’origine des utilisateurs.',
  'named-in-section': 'La section où figure la formule nomme les destinataires (une liste, un tableau, des intertitres ou des liens) : on apprend qui ils sont quelques lignes plus loin.',
  cited: 'La phrase cite l’article de loi sur lequel repose la base juridique : la base est donc nommée.',
  repeat: 'La même formule a déjà été signalée plus haut dans cette section ; la première occurrence porte le décompte.',
  alone:
    "Rien d'autre n'est vague dans cette phrase. Dans de vraies politiques, cette formule méritait une question quand d'autres formules vagues l'accompagnaient (7 fois sur 10), seule moins d'une fois sur deux.",
  label: 'La formule est un titre, une étiquette de tableau ou une étiquette de liste en gras : le titre de ce qui suit, non une affirmation.',
  mention: 'La formule figure entre guillemets ou en code dans votre propre texte : vous la mentionnez, vous ne l’employez pas.',
  'said-above': 'La phrase reprend ce que la politique a déjà dit (« comme indiqué plus haut », « comme décrit ci-dessus ») ; le passage repris donne le détail et est vérifié séparément.',
  'instruments-named': 'La formule clôt une liste d’actes juridiques (réquisition, décision de justice, mandat), qui montre de quel genre d’ordre il s’agit.',
  'defined-in-place':
    'La phrase fait de la formule un terme juste après (« informations d’identification personnelle, ou PII », « ci-après dénommées données d’utilisation ») : la politique nomme une notion qu’elle emploie ensuite.',
  'compelled-disclosure':
    'La phrase porte sur une communication imposée par la loi et nomme les actes juridiques (réquisition, décision de justice, mandat) : ce qui est communiqué, et à quelle autorité, est ce que l’acte exige.',
  'services-described':
    'Les destinataires sont décrits par les services qu’ils fournissent (« qui nous fournissent des services de messagerie, de gestion documentaire et de stockage ») : on apprend de quel genre de destinataire il s’agit.',
  'event-ends': 'La phrase lie la fin à un événement ponctuel (« dès que nous n’en avons plus besoin pour traiter votre demande ») : on apprend quand les données disparaissent.',
  'listed-inline': 'La formule introduit une liste que la même phrase donne (« Il peut s’agir des éléments suivants : prénom, nom ; … ») : elle dit de quelles données il s’agit.',
  'contract-named':
    'Le contrat est désigné juste après par le service qu’il concerne (« pour exécuter notre contrat avec vous (p. ex. fournir le service RubyGems) ») : on apprend de quel contrat il s’agit.',
  'list-item':
    'La formule est un élément au milieu d’une liste d’éléments précis (« données de trafic, données de localisation, journaux web ») : elle nomme un type de données et ne laisse pas la liste ouverte.',
  'protection-by-law':
    'La loi est la mesure du niveau de protection que l’entreprise promet à vos données (« le même niveau de protection que celui exigé par la loi applicable ») : un minimum pour votre protection, non une condition pour utiliser ou partager vos données.',
  'not-retroactive':
    'La politique dit que ses modifications ne s’appliquent pas aux données collectées avant elles (« les modifications ne seront pas rétroactives ») : une modification ne peut donc pas étendre ce qui est fait des données déjà fournies.',
  'security-need':
    'La condition est liée à la vérification de votre identité ou à la sécurité de l’accès (« si nécessaire pour vérifier l’identité d’une personne », « authentifier l’accès (le cas échéant) ») : le besoin est donc nommé.',
  'tracker-defined':
    'La phrase explique en général ce qu’est un cookie, une balise web ou une technique semblable (« Les cookies sont de petits fichiers de données placés sur votre ordinateur par les sites … »), et non ce que l’entreprise fait de vos données.',
  'corporate-events-named':
    'La phrase nomme les opérations d’entreprise lors desquelles vos données changeraient de mains (réorganisation, fusion, acquisition ou vente d’actifs) : on apprend quand cela se produit.',
  'listed-next':
    'La phrase suivante énumère ce que comprennent les données (« Cela comprend des informations sur l’appareil, le navigateur, …, votre adresse IP, … ») : on apprend de quelles données il s’agit.',
  'kept-without-limit':
    'La politique dit clairement que ces données sont conservées sans limite de durée (« Tout contenu envoyé aux listes de diffusion est archivé indéfiniment ») : une durée claire, quoique longue, et non vague. Savoir si c’est licite est une autre question.',
  'notice-ahead': 'La politique promet de vous avertir d’une modification un délai fixe avant qu’elle s’applique (« nous vous informerons au moins trente jours avant ») : vous l’apprenez à temps.',
  'change-notified':
    'La politique promet de vous informer de ses modifications (« nous vous enverrons un e-mail … 7 jours avant d’apporter ces modifications ») : une modification ne vous atteint donc pas sans avertissement.',
  'security-measures':
    'La formule énumère ou compte les mesures de sécurité qui protègent vos données (chiffrement, mots de passe hachés, pare-feu) : elle dit comment vos données sont protégées, non qui les reçoit, pour quoi ni combien de temps.',
  'identification-risk':
    'La phrase vous avertit que des données peuvent révéler qui vous êtes (« quelqu’un pourrait les utiliser pour découvrir qui vous êtes ») : elle explique un risque pour vous, non ce que l’entreprise fait de vos données.',
  'accuracy-upkeep':
    'La phrase porte sur la correction ou la suppression de données erronées ou incomplètes (« rectifier, mettre à jour ou supprimer des informations inexactes ») : garder vos données exactes, non les utiliser ou les communiquer.',
  'contact-channel':
    'La liste ouverte porte sur les moyens par lesquels vous et l’entreprise vous joignez (« par téléphone, e-mail ou autrement », « par d’autres moyens, notamment par courrier ») : elle laisse ouvert le canal, non ce qui est fait de vos données.',
  'emergency-named':
    'La proposition nomme l’urgence dans laquelle cela s’applique (« en cas d’urgence pour protéger la sécurité personnelle de nos utilisateurs », « pour prévenir un dommage corporel grave et imminent ») : on apprend quand cela se produit.',
  'counts-ways':
    'La quantité vague compte les manières dont vos données sont collectées (« de différentes manières »), que la politique décrit ensuite ; les données elles-mêmes sont vérifiées à part.',
  'users-choice':
    'L’expression fait partie de ce que vous choisissez de donner, d’autoriser ou de régler (« si vous choisissez de remplir des champs facultatifs », « selon les paramètres que vous définissez ») : c’est vous qui décidez, la pratique de l’entreprise ne reste pas ouverte.',
  'advice-to-user':
    'La phrase vous conseille ce que vous pouvez faire vous-même (« veuillez supprimer … lorsque vous n’en avez plus besoin », « nous vous encourageons à consulter la politique ») : un conseil à vous, pas ce que l’entreprise fait de vos données.',
  'data-protected':
    'L’expression désigne ce que l’entreprise protège (« des mesures pour protéger les informations vous concernant contre la perte, le vol, l’usage abusif ») : elle dit comment vos données sont protégées, non quelles données sont utilisées ou partagées.',
  'rest-user-chosen':
    'Les données sont énumérées concrètement, et le seul point ouvert est ce que vous choisissez de fournir (« et toute autre information que vous choisissez de fournir ») : le reste dépend de vous.',
  'means-named':
    'L’objectif ouvert est suivi aussitôt des activités concrètes qui le réalisent (« en améliorant les performances de … », « notamment en mémorisant les appareils depuis lesquels vous vous êtes connecté ») : on apprend ce qui est fait.',
  'duty-to-you':
    'Ce que la loi exige ici vous est dû (« tenus par la loi de vous informer d’une violation », « donner accès à … comme la loi l’exige ») : vous recevez une information ou un accès ; ce n’est pas une base ouverte pour utiliser ou communiquer vos données.',
  'security-aim-named': 'La sécurité est nommée avec la fraude contre laquelle elle protège (« pour détecter et prévenir la fraude, et à des fins de sécurité ») : on apprend à quoi elle sert.',
  'deleted-outright':
    'La phrase dit seulement que ces données sont supprimées (« Toutes les autres données personnelles sont supprimées », « effacées de manière sûre après l’événement ») : une limite à leur conservation, non un usage ouvert.',
  'umbrella-lead':
    'L’expression désigne toutes les données vous concernant, dans une phrase qui introduit les manières, sources ou finalités que la politique détaille ensuite (« nous collectons des informations vous concernant de différentes manières ») ; le nombre vague de manières ou de finalités est vérifié à part.',
  'security-disclaimer':
    'L’effort n’est nommé que pour dire ce qui ne peut être promis (« bien que nous nous efforcions de protéger vos données, nous ne pouvons garantir leur sécurité ») : une réserve sur les limites de la sécurité, non une réserve sur ce qui est fait de vos données.',
};

const TEXTS: Record<UiLanguage, Record<ContextReason, string>> = { en: REASON_EXPLANATIONS, de: GERMAN, fr: FRENCH };

/** Why a finding was lowered or dropped, in the interface language `ui`. */
export function reasonExplanationIn(reason: ContextReason, ui: UiLanguage): string {
  return TEXTS[ui][reason];
}
