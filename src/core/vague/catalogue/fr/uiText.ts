// Messages and explanations of the French rules in the other interface languages (en, de), by rule id.
// Each message quotes the phrase once in “…”, which the code replaces with the words as written.
// The French texts live on the rules themselves (message, explanation, question).
export const UI_TEXT: Readonly<Record<string, Partial<Record<'en' | 'de' | 'fr', { readonly message: string; readonly explanation: string }>>>> = {
  'fr-tiers': {
    en: {
      message: 'Unnamed recipients: “third parties” does not say who receives the data.',
      explanation: '“Third parties” covers anyone other than you and the controller; without names or precise categories you cannot tell who holds your data.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Dritte“ sagt nicht, wer die Daten erhält.',
      explanation: '„Dritte“ umfasst jeden außer Ihnen und dem Verantwortlichen; ohne Namen oder genaue Kategorien wissen Sie nicht, wer Ihre Daten hat.',
    },
  },
  'fr-tiers-de-confiance': {
    en: {
      message: 'Unnamed recipients: “trusted partners” reassures without naming anyone.',
      explanation: '“Trusted” or “carefully selected” states the company’s opinion of its recipients, not who they are; you cannot check the trust.',
    },
    de: {
      message: 'Ungenannte Empfänger: „vertrauenswürdige Partner“ beruhigt, ohne jemanden zu nennen.',
      explanation: '„Vertrauenswürdig“ oder „sorgfältig ausgewählt“ ist die Meinung des Unternehmens, nicht die Identität der Empfänger.',
    },
  },
  'fr-partenaires': {
    en: {
      message: 'Unnamed recipients: “partners” does not say which companies receive the data.',
      explanation: '“Partners” names a business relationship, not a recipient; it can mean advertisers, resellers, data brokers or affiliates.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Partner“ sagt nicht, welche Unternehmen die Daten erhalten.',
      explanation: '„Partner“ beschreibt eine Geschäftsbeziehung, keinen Empfänger; gemeint sein können Werbetreibende, Wiederverkäufer, Datenhändler oder Konzernunternehmen.',
    },
  },
  'fr-partenaires-commerciaux': {
    en: {
      message: 'Unnamed recipients: “business partners” does not say who receives the data.',
      explanation: 'A business partner can be almost any company the business deals with; neither names nor roles are given.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Geschäftspartner“ sagt nicht, wer die Daten erhält.',
      explanation: 'Ein Geschäftspartner kann fast jedes Unternehmen sein; weder Namen noch Rollen werden genannt.',
    },
  },
  'fr-partenaires-publicitaires': {
    en: {
      message: 'Unnamed recipients: “advertising partners” does not name the ad companies that get your data.',
      explanation: 'Advertising data often passes through many companies (ad networks, exchanges, brokers); without names you cannot object to them or exercise your rights.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Werbepartner“ nennt die Werbefirmen nicht, die Ihre Daten erhalten.',
      explanation: 'Werbedaten laufen oft durch viele Unternehmen (Netzwerke, Börsen, Händler); ohne Namen können Sie weder widersprechen noch Ihre Rechte ausüben.',
    },
  },
  'fr-prestataires': {
    en: {
      message: 'Unnamed recipients: “service providers” does not say which suppliers process the data.',
      explanation: '“Service providers” is a broad category; without names or the service provided (hosting, payment, email) you do not know who processes your data.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Dienstleister“ sagt nicht, welche Anbieter die Daten verarbeiten.',
      explanation: '„Dienstleister“ ist eine weite Kategorie; ohne Namen oder die erbrachte Leistung (Hosting, Zahlung, E-Mail) wissen Sie nicht, wer Ihre Daten verarbeitet.',
    },
  },
  'fr-prestataires-paiement': {
    en: {
      message: 'Possibly unnamed recipient: “payment providers” without a name.',
      explanation: 'The category is precise (payment), but without the provider’s name you do not know which company receives your payment details.',
    },
    de: {
      message: 'Möglicherweise ungenannter Empfänger: „Zahlungsdienstleister“ ohne Namen.',
      explanation: 'Die Kategorie ist genau (Zahlung), aber ohne Namen wissen Sie nicht, welches Unternehmen Ihre Zahlungsdaten erhält.',
    },
  },
  'fr-sous-traitants': {
    en: {
      message: 'Unnamed recipients: “processors” without a list.',
      explanation: 'Processors handle your data on the controller’s behalf; if they are neither named nor described by their service, you do not know who has access.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Auftragsverarbeiter“ ohne Liste.',
      explanation: 'Auftragsverarbeiter verarbeiten Ihre Daten im Auftrag; ohne Namen oder Leistung wissen Sie nicht, wer Zugriff hat.',
    },
  },
  'fr-societes-affiliees': {
    en: {
      message: 'Unnamed recipients: “affiliated companies” does not say which group companies receive the data.',
      explanation: 'A group can have dozens of companies in several countries; “affiliates” says neither which receive your data nor what they do with it.',
    },
    de: {
      message: 'Ungenannte Empfänger: „verbundene Unternehmen“ sagt nicht, welche Konzernfirmen die Daten erhalten.',
      explanation: 'Ein Konzern kann Dutzende Firmen in mehreren Ländern haben; „verbundene Unternehmen“ sagt weder welche noch wozu.',
    },
  },
  'fr-autres-entites': {
    en: {
      message: 'Unnamed recipients: “other entities” leaves the recipients open.',
      explanation: '“Other entities” or “other companies” adds an open group to any recipients already named, so the policy covers sharing with anyone.',
    },
    de: {
      message: 'Ungenannte Empfänger: „andere Stellen“ lässt die Empfänger offen.',
      explanation: '„Andere Stellen“ oder „andere Unternehmen“ fügt den genannten Empfängern eine offene Gruppe hinzu; so deckt die Erklärung die Weitergabe an jeden.',
    },
  },
  'fr-quelqu-un-d-autre': {
    en: {
      message: 'Unnamed persons: “someone else” does not say who.',
      explanation: 'The policy mentions an undetermined person or source that passes on or receives data; you cannot tell where your data comes from or goes.',
    },
    de: {
      message: 'Ungenannte Personen: „jemand anderes“ sagt nicht, wer.',
      explanation: 'Die Erklärung nennt eine unbestimmte Person oder Quelle, die Daten weitergibt oder erhält; Herkunft und Ziel bleiben unklar.',
    },
  },
  'fr-autorites': {
    en: {
      message: 'Imprecise recipients: “competent authorities” does not say which authorities or when.',
      explanation: 'Disclosure to authorities can be lawful, but without saying which ones and on what basis the policy covers any request from any authority.',
    },
    de: {
      message: 'Ungenaue Empfänger: „zuständige Behörden“ sagt nicht, welche Behörden und wann.',
      explanation: 'Die Weitergabe an Behörden kann rechtmäßig sein, aber ohne Angabe welcher und auf welcher Grundlage deckt sie jede Anfrage jeder Behörde.',
    },
  },
  'fr-conseillers': {
    en: {
      message: 'Unnamed recipients: “professional advisers” is an open category.',
      explanation: 'Lawyers, accountants, auditors, insurers: the category is broad and does not say what data they receive or why.',
    },
    de: {
      message: 'Ungenannte Empfänger: „professionelle Berater“ ist eine offene Kategorie.',
      explanation: 'Anwälte, Steuerberater, Prüfer, Versicherer: die Kategorie ist weit und sagt nicht, welche Daten sie wozu erhalten.',
    },
  },
  'fr-acquereur': {
    en: {
      message: 'Unnamed future recipient: “acquirer” opens a transfer of your data to an unknown buyer.',
      explanation: 'In a sale or merger your data passes to a company not yet known; the policy does not say whether you will be told or can object.',
    },
    de: {
      message: 'Ungenannter künftiger Empfänger: „Erwerber“ öffnet die Übertragung Ihrer Daten an einen unbekannten Käufer.',
      explanation: 'Bei Verkauf oder Fusion gehen Ihre Daten an ein noch unbekanntes Unternehmen; ob Sie informiert werden oder widersprechen können, steht nicht da.',
    },
  },
  'fr-services-tiers': {
    en: {
      message: 'Unnamed recipients: “third-party services” does not say which companies collect your data.',
      explanation: 'A third-party service, tool or cookie sends your data to another company; without its name you do not know who receives it.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Dienste Dritter“ sagt nicht, welche Unternehmen Ihre Daten erheben.',
      explanation: 'Ein Dienst, Werkzeug oder Cookie eines Dritten sendet Ihre Daten an ein anderes Unternehmen; ohne Namen wissen Sie nicht, an wen.',
    },
  },
  'fr-pays-tiers': {
    en: {
      message: 'Unspecified transfer: “third countries” does not say where the data goes.',
      explanation: 'A transfer outside the EU may expose your data to weaker laws; the policy must name the countries and the adequacy decision or safeguards.',
    },
    de: {
      message: 'Unbestimmte Übermittlung: „Drittländer“ sagt nicht, wohin die Daten gehen.',
      explanation: 'Eine Übermittlung außerhalb der EU kann Ihre Daten schwächeren Gesetzen aussetzen; die Erklärung muss Länder und Angemessenheitsbeschluss oder Garantien nennen.',
    },
  },
  'fr-personnes-habilitees': {
    en: {
      message: 'Imprecise internal recipients: “authorised persons” does not say which departments have access.',
      explanation: 'Access is limited, which is reassuring, but the policy does not say which teams or roles are authorised.',
    },
    de: {
      message: 'Ungenaue interne Empfänger: „befugte Personen“ sagt nicht, welche Abteilungen Zugriff haben.',
      explanation: 'Der Zugriff ist begrenzt, aber welche Teams oder Rollen befugt sind, bleibt offen.',
    },
  },
  'fr-intermediaires': {
    en: {
      message: 'Unnamed recipients: “intermediaries” does not say who receives the data.',
      explanation: 'Intermediaries, resellers or brokers pass data on; without names you cannot follow where your data goes.',
    },
    de: {
      message: 'Ungenannte Empfänger: „Vermittler“ sagt nicht, wer die Daten erhält.',
      explanation: 'Vermittler, Wiederverkäufer oder Händler geben Daten weiter; ohne Namen lässt sich nicht verfolgen, wohin.',
    },
  },
  'fr-reseaux-sociaux': {
    en: {
      message: 'Possibly unnamed recipients: “social networks” without naming the platforms.',
      explanation: 'Social networks are separate companies that can receive data through buttons or pixels; without names you do not know which.',
    },
    de: {
      message: 'Möglicherweise ungenannte Empfänger: „soziale Netzwerke“ ohne Plattformnamen.',
      explanation: 'Soziale Netzwerke sind eigene Unternehmen, die über Buttons oder Pixel Daten erhalten können; ohne Namen wissen Sie nicht, welche.',
    },
  },
  'fr-notre-groupe': {
    en: {
      message: 'Unnamed recipients: “our group” does not say which companies receive the data.',
      explanation: 'Sharing “within the group” can involve many companies in several countries without you knowing which.',
    },
    de: {
      message: 'Ungenannte Empfänger: „unsere Gruppe“ sagt nicht, welche Unternehmen die Daten erhalten.',
      explanation: 'Eine Weitergabe „innerhalb der Gruppe“ kann viele Firmen in mehreren Ländern betreffen, ohne dass Sie wissen, welche.',
    },
  },
  'fr-hebergeurs': {
    en: { message: 'Possibly unnamed recipient: “host” without a name or country.', explanation: 'The host physically holds your data; its name and the hosting country matter.' },
    de: { message: 'Möglicherweise ungenannter Empfänger: „Hoster“ ohne Namen oder Land.', explanation: 'Der Hoster hält Ihre Daten physisch; sein Name und das Land zählen.' },
  },
  'fr-organismes-partenaires': {
    en: { message: 'Unnamed recipients: “partner organisations” does not say which.', explanation: 'The partner bodies or organisations are not named, so you do not know who receives your data.' },
    de: { message: 'Ungenannte Empfänger: „Partnerorganisationen“ sagt nicht, welche.', explanation: 'Die Partnerstellen werden nicht genannt; Sie wissen nicht, wer Ihre Daten erhält.' },
  },
  'fr-collaborateurs': {
    en: {
      message: 'Imprecise internal access: “our teams” does not say which departments have access.',
      explanation: 'Internal access should be limited to the departments that need it; the wording does not say which.',
    },
    de: {
      message: 'Ungenauer interner Zugriff: „unsere Teams“ sagt nicht, welche Abteilungen Zugriff haben.',
      explanation: 'Interner Zugriff sollte auf die Abteilungen begrenzt sein, die ihn brauchen; welche, steht nicht da.',
    },
  },
  'fr-ameliorer-services': {
    en: {
      message: 'Open purpose: “improve our services” can justify almost any processing.',
      explanation: '“Improve our services” says neither which data is used, how, nor what improvement is meant; almost any use, including model training or profiling, can be described this way.',
    },
    de: {
      message: 'Offener Zweck: „unsere Dienste verbessern“ kann fast jede Verarbeitung rechtfertigen.',
      explanation: '„Dienste verbessern“ sagt weder welche Daten noch wie noch welche Verbesserung; fast jede Nutzung, auch KI-Training oder Profiling, passt darunter.',
    },
  },
  'fr-ameliorer-experience': {
    en: {
      message: 'Open purpose: “improve your experience” does not say what is done with your data.',
      explanation: 'The “experience” or “features” to improve are not named, so you cannot tell which data is analysed or for what concrete aim.',
    },
    de: {
      message: 'Offener Zweck: „Ihr Erlebnis verbessern“ sagt nicht, was mit Ihren Daten geschieht.',
      explanation: 'Welches „Erlebnis“ oder welche „Funktionen“ verbessert werden, bleibt offen; welche Daten wozu ausgewertet werden, ebenfalls.',
    },
  },
  'fr-personnaliser': {
    en: {
      message: 'Open purpose: “personalise your experience” does not say which data the personalisation uses.',
      explanation: 'Personalising means building a profile; the wording does not say which data feeds it or whether it is used for advertising or shared.',
    },
    de: {
      message: 'Offener Zweck: „Ihr Erlebnis personalisieren“ sagt nicht, welche Daten die Personalisierung nutzt.',
      explanation: 'Personalisieren heißt ein Profil bilden; welche Daten einfließen und ob es für Werbung genutzt oder geteilt wird, bleibt offen.',
    },
  },
  'fr-fins-commerciales': {
    en: {
      message: 'Broad purpose: “for commercial purposes” covers any commercial use.',
      explanation: '“Commercial” or “marketing” purposes cover a newsletter as much as ad profiling or resale; the concrete operations must be named.',
    },
    de: {
      message: 'Weiter Zweck: „zu kommerziellen Zwecken“ deckt jede kommerzielle Nutzung.',
      explanation: '„Kommerzielle“ oder „Marketing“-Zwecke umfassen den Newsletter ebenso wie Werbeprofile oder Weiterverkauf; die konkreten Vorgänge müssen genannt werden.',
    },
  },
  'fr-fins-statistiques': {
    en: {
      message: 'Imprecise purpose: “for statistical purposes” does not say which statistics or on which data.',
      explanation: 'Statistics can be anonymous or rest on individual tracking; the wording does not say whether data stays identifying or who sees the results.',
    },
    de: {
      message: 'Ungenauer Zweck: „zu statistischen Zwecken“ sagt nicht, welche Statistiken aus welchen Daten.',
      explanation: 'Statistiken können anonym sein oder auf Einzelverfolgung beruhen; ob die Daten identifizierend bleiben und wer die Ergebnisse sieht, bleibt offen.',
    },
  },
  'fr-fins-internes': {
    en: { message: 'Open purpose: “for internal purposes” does not say which.', explanation: '“Internal” says where the processing happens, not why; any use by the company itself fits under it.' },
    de: {
      message: 'Offener Zweck: „zu internen Zwecken“ sagt nicht, zu welchen.',
      explanation: '„Intern“ sagt, wo verarbeitet wird, nicht warum; jede Nutzung durch das Unternehmen selbst passt darunter.',
    },
  },
  'fr-fins-de-recherche': {
    en: {
      message: 'Imprecise purpose: “for research purposes” does not say which research.',
      explanation: 'Research can range from an internal study to training AI models or sharing with outside researchers.',
    },
    de: {
      message: 'Ungenauer Zweck: „zu Forschungszwecken“ sagt nicht, welche Forschung.',
      explanation: 'Forschung reicht von einer internen Studie bis zum KI-Training oder zur Weitergabe an externe Forscher.',
    },
  },
  'fr-autres-finalites': {
    en: {
      message: 'Open purpose: “other purposes” leaves the use of the data without limit.',
      explanation: 'After a list of purposes, “other purposes” or “any compatible purpose” reopens the door to uses not announced; purpose limitation requires specified purposes.',
    },
    de: {
      message: 'Offener Zweck: „andere Zwecke“ lässt die Nutzung der Daten unbegrenzt.',
      explanation: 'Nach einer Zweckliste öffnet „andere Zwecke“ oder „jeder vereinbare Zweck“ die Tür für nicht angekündigte Nutzungen; Zweckbindung verlangt festgelegte Zwecke.',
    },
  },
  'fr-interets-commerciaux': {
    en: {
      message: 'Open purpose: “the needs of our business” covers any use.',
      explanation: 'The business’s “needs” or “commercial interests” are not specified purposes: they say for whom the processing is done, not why.',
    },
    de: {
      message: 'Offener Zweck: „die Bedürfnisse unseres Geschäfts“ deckt jede Nutzung.',
      explanation: '„Geschäftsbedürfnisse“ oder „kommerzielle Interessen“ sind keine festgelegten Zwecke: sie sagen, für wen verarbeitet wird, nicht warum.',
    },
  },
  'fr-nouveaux-produits': {
    en: {
      message: 'Open purpose: “develop new products” does not say what becomes of your data.',
      explanation: 'Products that do not exist yet cannot be a specified purpose; the wording authorises uses you cannot know in advance.',
    },
    de: {
      message: 'Offener Zweck: „neue Produkte entwickeln“ sagt nicht, was aus Ihren Daten wird.',
      explanation: 'Noch nicht existierende Produkte können kein festgelegter Zweck sein; die Formulierung erlaubt im Voraus unbekannte Nutzungen.',
    },
  },
  'fr-mieux-comprendre': {
    en: {
      message: 'Vague purpose: “better understand” does not say what is analysed or why.',
      explanation: '“Better understand our users” describes behaviour analysis without saying which data it covers or what it is for.',
    },
    de: {
      message: 'Vager Zweck: „besser verstehen“ sagt nicht, was analysiert wird und warum.',
      explanation: '„Unsere Nutzer besser verstehen“ beschreibt Verhaltensanalyse, ohne Daten oder Zweck zu nennen.',
    },
  },
  'fr-bonne-experience': {
    en: {
      message: 'Vague purpose: “a better experience” does not say what processing takes place.',
      explanation: 'A “better experience” is a marketing aim, not a purpose; the sentence says neither which data is used nor how.',
    },
    de: {
      message: 'Vager Zweck: „ein besseres Erlebnis“ sagt nicht, welche Verarbeitung stattfindet.',
      explanation: 'Ein „besseres Erlebnis“ ist ein Werbeziel, kein Zweck; welche Daten wie genutzt werden, bleibt offen.',
    },
  },
  'fr-offres-pertinentes': {
    en: {
      message: 'Unstated profiling: “offers that may interest you” implies a profile.',
      explanation: 'Choosing what “interests you” means inferring your interests from your data; the policy does not say which data or whether it comes from other sources.',
    },
    de: {
      message: 'Unausgesprochenes Profiling: „Angebote, die Sie interessieren könnten“ setzt ein Profil voraus.',
      explanation: 'Um zu wählen, was Sie „interessiert“, werden Ihre Interessen aus Ihren Daten abgeleitet; welche Daten und aus welchen Quellen, bleibt offen.',
    },
  },
  'fr-bon-fonctionnement': {
    en: {
      message: 'Broad purpose: “proper functioning of the service” can cover much processing.',
      explanation: 'Running the service is a legitimate purpose, but the wording does not say which data is strictly needed for it.',
    },
    de: {
      message: 'Weiter Zweck: „ordnungsgemäßer Betrieb des Dienstes“ kann viel Verarbeitung abdecken.',
      explanation: 'Der Betrieb ist ein legitimer Zweck, aber welche Daten dafür wirklich nötig sind, steht nicht da.',
    },
  },
  'fr-securite-generique': {
    en: {
      message: 'Broad purpose: “for security purposes” without detail.',
      explanation: 'Security justifies some processing (logs, fraud prevention), but the wording does not say which, nor how long data is kept.',
    },
    de: {
      message: 'Weiter Zweck: „aus Sicherheitsgründen“ ohne Einzelheiten.',
      explanation: 'Sicherheit rechtfertigt manche Verarbeitung (Logs, Betrugsabwehr), aber welche und wie lange, bleibt offen.',
    },
  },
  'fr-communications-marketing': {
    en: {
      message: 'Commercial purpose: “marketing communications” without saying which or from whom.',
      explanation: 'Direct marketing is a known purpose, but the wording does not say which channel, how often or whether partners send it.',
    },
    de: {
      message: 'Kommerzieller Zweck: „Marketingmitteilungen“ ohne Angabe welcher oder von wem.',
      explanation: 'Direktwerbung ist ein bekannter Zweck, aber Kanal, Häufigkeit und ob Partner sie senden, bleiben offen.',
    },
  },
  'fr-fins-diverses': {
    en: { message: 'Unnamed purposes: “for various purposes” does not say which.', explanation: '“Various” purposes are not specified purposes; the policy must list them.' },
    de: { message: 'Ungenannte Zwecke: „zu verschiedenen Zwecken“ sagt nicht, zu welchen.', explanation: '„Verschiedene“ Zwecke sind keine festgelegten Zwecke; die Erklärung muss sie aufzählen.' },
  },
  'fr-dans-votre-interet': {
    en: {
      message: 'Purpose framed as a favour: “for your convenience” does not say what processing is done.',
      explanation: 'Presenting processing as being in your interest says neither what is collected nor for how long.',
    },
    de: {
      message: 'Zweck als Gefälligkeit: „zu Ihrer Bequemlichkeit“ sagt nicht, welche Verarbeitung stattfindet.',
      explanation: 'Eine Verarbeitung als in Ihrem Interesse darzustellen sagt weder, was erhoben wird, noch wie lange.',
    },
  },
  'fr-tendances': {
    en: {
      message: 'Vague analysis purpose: “analyse trends” does not say on which data.',
      explanation: 'Trend analysis and market studies can rest on individual data; the policy does not say which or whether it is anonymised.',
    },
    de: {
      message: 'Vager Analysezweck: „Trends analysieren“ sagt nicht, auf welchen Daten.',
      explanation: 'Trendanalysen und Marktstudien können auf Einzeldaten beruhen; welche und ob anonymisiert, bleibt offen.',
    },
  },
  'fr-pouvons-partager': {
    en: {
      message: 'Hedged sharing: “we may share” does not say whether sharing happens.',
      explanation: '“We may share” keeps every option open: sharing may be systematic or exceptional, and you cannot tell which.',
    },
    de: {
      message: 'Abgeschwächte Weitergabe: „wir können weitergeben“ sagt nicht, ob sie stattfindet.',
      explanation: '„Wir können weitergeben“ hält alles offen: die Weitergabe kann regelmäßig oder ausnahmsweise sein.',
    },
  },
  'fr-pouvons-collecter': {
    en: {
      message: 'Hedged collection: “we may collect” does not say which data is actually collected.',
      explanation: 'A “possible” collection is no information about the actual one; the policy must say which data is collected and when.',
    },
    de: {
      message: 'Abgeschwächte Erhebung: „wir können erheben“ sagt nicht, welche Daten tatsächlich erhoben werden.',
      explanation: 'Eine „mögliche“ Erhebung sagt nichts über die tatsächliche; welche Daten wann erhoben werden, muss genannt werden.',
    },
  },
  'fr-pouvons-utiliser': {
    en: {
      message: 'Hedged use: “we may use” does not say whether and how your data is used.',
      explanation: '“We may use” describes a power, not a processing operation; it allows any use without commitment.',
    },
    de: {
      message: 'Abgeschwächte Nutzung: „wir können nutzen“ sagt nicht, ob und wie Ihre Daten genutzt werden.',
      explanation: '„Wir können nutzen“ beschreibt eine Befugnis, keine Verarbeitung; jede Nutzung bleibt ohne Zusage möglich.',
    },
  },
  'fr-pouvons-conserver': {
    en: {
      message: 'Hedged retention: “we may keep” does not say for how long.',
      explanation: 'A “possible” retention leaves the period and the cases open; the policy must give a period or the criteria for it.',
    },
    de: {
      message: 'Abgeschwächte Speicherung: „wir können aufbewahren“ sagt nicht, wie lange.',
      explanation: 'Eine „mögliche“ Speicherung lässt Dauer und Fälle offen; eine Frist oder die Kriterien dafür müssen genannt werden.',
    },
  },
  'fr-peuvent-etre': {
    en: {
      message: 'Hedged processing: “may be shared” does not say whether it happens or by whom.',
      explanation: 'The passive voice and “may” hide both who acts and whether the processing happens.',
    },
    de: {
      message: 'Abgeschwächte Verarbeitung: „können weitergegeben werden“ sagt nicht, ob das geschieht oder durch wen.',
      explanation: 'Passiv und „können“ verbergen, wer handelt und ob die Verarbeitung stattfindet.',
    },
  },
  'fr-susceptible-de': {
    en: { message: 'Hedged wording: “likely to be” leaves open what actually happens.', explanation: '“Likely to” says something can happen, not that it does or when.' },
    de: {
      message: 'Abgeschwächte Formulierung: „kann gegebenenfalls“ lässt offen, was tatsächlich geschieht.',
      explanation: '„Kann gegebenenfalls“ sagt, dass etwas geschehen kann, nicht dass oder wann es geschieht.',
    },
  },
  'fr-en-principe': {
    en: {
      message: 'Rule with exceptions: “generally” implies unstated cases.',
      explanation: '“Generally” or “in principle” describes the ordinary case and reserves exceptions the policy does not name; those exceptions are what matters.',
    },
    de: {
      message: 'Regel mit Ausnahmen: „grundsätzlich“ deutet ungenannte Fälle an.',
      explanation: '„Grundsätzlich“ oder „in der Regel“ beschreibt den Normalfall und behält ungenannte Ausnahmen vor; gerade die zählen.',
    },
  },
  'fr-dans-la-mesure-du-possible': {
    en: { message: 'Hedged commitment: “as far as possible” promises nothing.', explanation: 'The commitment applies only where the company judges it possible, which it alone decides.' },
    de: { message: 'Abgeschwächte Zusage: „soweit möglich“ verspricht nichts.', explanation: 'Die Zusage gilt nur, wo das Unternehmen es für möglich hält, was es allein entscheidet.' },
  },
  'fr-nous-efforcons': {
    en: {
      message: 'Best efforts only: “we endeavour” is not a commitment to a result.',
      explanation: 'Endeavouring or trying describes an intention; the policy does not say what happens when the effort fails.',
    },
    de: { message: 'Nur Bemühen: „wir bemühen uns“ ist keine Ergebniszusage.', explanation: 'Bemühen oder Versuchen beschreibt eine Absicht; was geschieht, wenn es nicht gelingt, bleibt offen.' },
  },
  'fr-a-notre-discretion': {
    en: { message: 'Discretion: “at our sole discretion” leaves the company sole judge.', explanation: 'When the company reserves the judgement to itself, the policy sets no verifiable limit.' },
    de: {
      message: 'Ermessen: „nach unserem alleinigen Ermessen“ macht das Unternehmen zum alleinigen Richter.',
      explanation: 'Behält sich das Unternehmen die Beurteilung vor, setzt die Erklärung keine prüfbare Grenze.',
    },
  },
  'fr-reserve-le-droit': {
    en: { message: 'Reservation: “we reserve the right” opens a power without its cases.', explanation: 'Reserving a right keeps an option; the policy does not say when it will be used.' },
    de: {
      message: 'Vorbehalt: „wir behalten uns das Recht vor“ eröffnet eine Befugnis ohne ihre Fälle.',
      explanation: 'Ein vorbehaltenes Recht ist eine Option; wann sie genutzt wird, bleibt offen.',
    },
  },
  'fr-etre-amene': {
    en: {
      message: 'Hedged wording: “we may be led to” does not say when it happens.',
      explanation: '“Be led to” presents an action as possible and undergone, without saying in which cases it takes place.',
    },
    de: {
      message: 'Abgeschwächte Formulierung: „wir können veranlasst sein“ sagt nicht, wann das geschieht.',
      explanation: 'Die Formulierung stellt eine Handlung als möglich dar, ohne die Fälle zu nennen.',
    },
  },
  'fr-eventuellement': {
    en: { message: 'Hedged wording: “possibly” leaves open what is done.', explanation: '“Possibly” signals a processing operation without saying when it happens or what it covers.' },
    de: { message: 'Abgeschwächte Formulierung: „eventuell“ lässt offen, was geschieht.', explanation: '„Eventuell“ deutet eine Verarbeitung an, ohne Fälle oder Umfang zu nennen.' },
  },
  'fr-ne-garantit-pas': {
    en: {
      message: 'Guarantee excluded: “we cannot guarantee” leaves open what is protected.',
      explanation: 'The company disclaims responsibility without saying what it actually does to protect your data.',
    },
    de: {
      message: 'Garantie ausgeschlossen: „wir können nicht garantieren“ lässt offen, was geschützt ist.',
      explanation: 'Das Unternehmen schließt Verantwortung aus, ohne zu sagen, was es tatsächlich zum Schutz tut.',
    },
  },
  'fr-notamment': {
    en: {
      message: 'Open list: “in particular” signals the list is not complete.',
      explanation: '“Notamment” gives only examples: what is not cited is covered too, so you do not know the whole list.',
    },
    de: {
      message: 'Offene Liste: „insbesondere“ zeigt, dass die Liste unvollständig ist.',
      explanation: '„Insbesondere“ nennt nur Beispiele; Ungenanntes ist mitgemeint, die vollständige Liste fehlt.',
    },
  },
  'fr-y-compris': {
    en: { message: 'Open list: “including” gives only part of what is covered.', explanation: '“Including” cites some items of a set without bounding it; the rest is not described.' },
    de: { message: 'Offene Liste: „einschließlich“ nennt nur einen Teil.', explanation: '„Einschließlich“ nennt einige Elemente, ohne die Menge abzugrenzen; der Rest bleibt unbeschrieben.' },
  },
  'fr-sans-s-y-limiter': {
    en: { message: 'List declared open: “without limitation” lets anything be added.', explanation: 'The policy itself says its list is not complete; anything not cited may be processed too.' },
    de: {
      message: 'Als offen erklärte Liste: „ohne darauf beschränkt zu sein“ erlaubt beliebige Ergänzungen.',
      explanation: 'Die Erklärung sagt selbst, dass ihre Liste unvollständig ist; alles Ungenannte kann ebenfalls verarbeitet werden.',
    },
  },
  'fr-etc': {
    en: { message: 'Open list: “etc.” leaves the list endless.', explanation: '“Etc.” replaces the rest of a list with nothing; the reader cannot tell what follows.' },
    de: { message: 'Offene Liste: „usw.“ lässt die Liste endlos.', explanation: '„Usw.“ ersetzt den Rest der Liste durch nichts; was folgt, bleibt unbekannt.' },
  },
  'fr-entre-autres': {
    en: { message: 'Open list: “among others” announces items not cited.', explanation: '“Among others” says explicitly that there are further items, without giving them.' },
    de: { message: 'Offene Liste: „unter anderem“ kündigt ungenannte Elemente an.', explanation: '„Unter anderem“ sagt ausdrücklich, dass es weitere Elemente gibt, ohne sie zu nennen.' },
  },
  'fr-par-exemple': {
    en: { message: 'Examples: “for example” gives only part of the list.', explanation: 'Examples help, but do not say what is covered in full.' },
    de: { message: 'Beispiele: „zum Beispiel“ nennt nur einen Teil der Liste.', explanation: 'Beispiele helfen, sagen aber nicht, was insgesamt erfasst ist.' },
  },
  'fr-tels-que': {
    en: { message: 'Examples: “such as” introduces a possibly incomplete list.', explanation: '“Such as” often introduces examples rather than a closed list.' },
    de: { message: 'Beispiele: „wie etwa“ leitet eine möglicherweise unvollständige Liste ein.', explanation: '„Wie etwa“ leitet oft Beispiele statt einer abschließenden Liste ein.' },
  },
  'fr-et-autres': {
    en: { message: 'Open list: “and others” adds an unbounded category.', explanation: 'Ending a list with “and others” or “or any other” reopens it: anything similar is covered too.' },
    de: {
      message: 'Offene Liste: „und andere“ fügt eine unbegrenzte Kategorie hinzu.',
      explanation: 'Eine Liste mit „und andere“ oder „oder sonstige“ zu beenden öffnet sie wieder: alles Ähnliche ist mitgemeint.',
    },
  },
  'fr-en-particulier': {
    en: { message: 'Incomplete list: “mainly” implies other cases.', explanation: '“Mainly” or “in particular” describes the most visible part of a set without saying what the rest contains.' },
    de: { message: 'Unvollständige Liste: „hauptsächlich“ deutet weitere Fälle an.', explanation: '„Hauptsächlich“ oder „insbesondere“ beschreibt den sichtbarsten Teil, ohne den Rest zu nennen.' },
  },
  'fr-de-differentes-manieres': {
    en: { message: 'Unspecified means: “in different ways” does not say how.', explanation: 'The policy does not describe the means: publication, transmission, combination, anything is possible.' },
    de: {
      message: 'Unbestimmte Mittel: „auf verschiedene Weise“ sagt nicht, wie.',
      explanation: 'Die Erklärung beschreibt die Mittel nicht: Veröffentlichung, Übermittlung, Verknüpfung, alles ist möglich.',
    },
  },
  'fr-actuelles-ou-futures': {
    en: {
      message: 'Set open to the future: “current or future” covers entities that do not exist yet.',
      explanation: 'Including “future” entities means agreeing in advance to sharing with organisations unknown today.',
    },
    de: {
      message: 'Zukunftsoffene Menge: „derzeitige oder künftige“ umfasst Stellen, die es noch nicht gibt.',
      explanation: '„Künftige“ Stellen einzuschließen heißt, im Voraus einer Weitergabe an heute unbekannte Organisationen zuzustimmen.',
    },
  },
  'fr-dans-les-cas-suivants-ouverts': {
    en: { message: 'Cases given as examples: “in cases such as” does not close the list of cases.', explanation: 'The policy gives a few cases but keeps the others open.' },
    de: { message: 'Fälle als Beispiele: „in Fällen wie“ schließt die Liste der Fälle nicht.', explanation: 'Die Erklärung nennt einige Fälle, lässt die übrigen aber offen.' },
  },
  'fr-peut-inclure': {
    en: {
      message: 'Open list: “may include” gives examples without bounding the set.',
      explanation: 'What “may include” is neither a complete list nor a commitment: anything else may be in it too.',
    },
    de: {
      message: 'Offene Liste: „kann umfassen“ nennt Beispiele, ohne die Menge abzugrenzen.',
      explanation: 'Was „umfassen kann“, ist weder vollständig noch verbindlich; alles andere kann ebenfalls darunter fallen.',
    },
  },
  'fr-raisonnable': {
    en: {
      message: 'Undefined degree: “reasonable” leaves the company judge of the measure.',
      explanation: 'What is “reasonable” is not defined anywhere in the policy; the company sets the limit alone.',
    },
    de: {
      message: 'Unbestimmtes Maß: „angemessen“ lässt das Unternehmen über das Maß entscheiden.',
      explanation: 'Was „angemessen“ ist, definiert die Erklärung nicht; das Unternehmen setzt die Grenze allein.',
    },
  },
  'fr-un-certain-nombre': {
    en: { message: 'Undefined quantity: “a number of” does not say how many.', explanation: 'The quantity is not given; you cannot tell what share of your data or cases is concerned.' },
    de: { message: 'Unbestimmte Menge: „eine Reihe von“ sagt nicht, wie viele.', explanation: 'Die Menge wird nicht genannt; welcher Anteil Ihrer Daten oder Fälle betroffen ist, bleibt offen.' },
  },
  'fr-mesures-appropriees': {
    en: { message: 'Protection not described: “appropriate measures” does not say which.', explanation: 'The text asserts protection without describing it; you cannot judge whether it is enough.' },
    de: {
      message: 'Schutz nicht beschrieben: „geeignete Maßnahmen“ sagt nicht, welche.',
      explanation: 'Der Text behauptet Schutz, ohne ihn zu beschreiben; ob er genügt, lässt sich nicht beurteilen.',
    },
  },
  'fr-strictement-necessaire': {
    en: { message: 'Undefined necessity: “strictly necessary” does not say what is.', explanation: 'Necessity is judged by the company; without a list of data or periods you cannot check it.' },
    de: {
      message: 'Unbestimmte Erforderlichkeit: „unbedingt erforderlich“ sagt nicht, was es ist.',
      explanation: 'Die Erforderlichkeit beurteilt das Unternehmen; ohne Liste der Daten oder Fristen ist sie nicht prüfbar.',
    },
  },
  'fr-toute-exigence': {
    en: { message: 'Unlimited scope: “any requirement” covers any case.', explanation: '“Any” extends the rule to every case without naming them.' },
    de: { message: 'Unbegrenzte Reichweite: „jede Anforderung“ deckt jeden Fall.', explanation: '„Jede“ erstreckt die Regel auf alle Fälle, ohne sie zu nennen.' },
  },
  'fr-significatif': {
    en: { message: 'Undefined threshold: “significant changes” does not say what is significant.', explanation: 'The policy only warns of changes it considers important, without criteria.' },
    de: {
      message: 'Unbestimmte Schwelle: „wesentliche Änderungen“ sagt nicht, was wesentlich ist.',
      explanation: 'Die Erklärung kündigt nur Änderungen an, die sie selbst für wesentlich hält, ohne Kriterien.',
    },
  },
  'fr-dans-une-certaine-mesure': {
    en: { message: 'Undefined degree: “to a certain extent” does not say how far.', explanation: 'The extent is not given, which makes the sentence unverifiable.' },
    de: { message: 'Unbestimmtes Maß: „in gewissem Umfang“ sagt nicht, wie weit.', explanation: 'Der Umfang wird nicht genannt; der Satz ist nicht überprüfbar.' },
  },
  'fr-certains-sites': {
    en: { message: 'Undefined scope: “some of our sites” does not say which.', explanation: 'You cannot tell whether the processing concerns the site or service you use.' },
    de: { message: 'Unbestimmter Umfang: „einige unserer Websites“ sagt nicht, welche.', explanation: 'Ob die Verarbeitung die von Ihnen genutzte Website oder den Dienst betrifft, bleibt offen.' },
  },
  'fr-niveau-eleve': {
    en: { message: 'Unmeasurable promise: “a high level of protection” does not say which measures.', explanation: 'A “high” level cannot be checked without the concrete measures behind it.' },
    de: { message: 'Nicht messbares Versprechen: „hohes Schutzniveau“ sagt nicht, welche Maßnahmen.', explanation: 'Ein „hohes“ Niveau ist ohne die konkreten Maßnahmen nicht überprüfbar.' },
  },
  'fr-duree-necessaire': {
    en: {
      message: 'Unspecified period: “for as long as necessary” does not say how long the data is kept.',
      explanation: '“As long as necessary” restates the GDPR rule without applying it: the company decides what is necessary. The policy must give a period or the criteria that set it.',
    },
    de: {
      message: 'Unbestimmte Dauer: „so lange wie nötig“ sagt nicht, wie lange die Daten gespeichert werden.',
      explanation: '„So lange wie nötig“ wiederholt die DSGVO-Regel, ohne sie anzuwenden: das Unternehmen entscheidet, was nötig ist. Eine Frist oder ihre Kriterien müssen genannt werden.',
    },
  },
  'fr-plus-longtemps': {
    en: { message: 'Open period: “longer” does not say until when.', explanation: 'The policy plans to keep data beyond the stated period without saying how much longer or on what basis.' },
    de: {
      message: 'Offene Dauer: „länger“ sagt nicht, bis wann.',
      explanation: 'Die Erklärung sieht eine Speicherung über die genannte Frist hinaus vor, ohne zu sagen, wie lange oder auf welcher Grundlage.',
    },
  },
  'fr-duree-legale': {
    en: {
      message: 'Period left to the law: “legal period” names neither the law nor the period.',
      explanation: 'Referring to “the legal period” without the text or the duration leaves you unable to know when your data will be deleted.',
    },
    de: {
      message: 'Frist dem Gesetz überlassen: „gesetzliche Frist“ nennt weder Gesetz noch Dauer.',
      explanation: 'Ein Verweis auf „die gesetzliche Frist“ ohne Norm und Dauer lässt offen, wann Ihre Daten gelöscht werden.',
    },
  },
  'fr-de-temps-en-temps': {
    en: { message: 'Undefined frequency: “from time to time” does not say when or how often.', explanation: 'You cannot tell when this processing happens or whether it concerns you.' },
    de: { message: 'Unbestimmte Häufigkeit: „von Zeit zu Zeit“ sagt nicht, wann oder wie oft.', explanation: 'Wann diese Verarbeitung geschieht und ob sie Sie betrifft, bleibt offen.' },
  },
  'fr-temporairement': {
    en: { message: 'Period not quantified: “temporarily” does not say how long.', explanation: '“Temporarily” or “a limited period” reassures without a duration: minutes or years remain possible.' },
    de: { message: 'Dauer nicht beziffert: „vorübergehend“ sagt nicht, wie lange.', explanation: '„Vorübergehend“ oder „begrenzte Zeit“ beruhigt ohne Dauer: Minuten oder Jahre bleiben möglich.' },
  },
  'fr-le-cas-echeant': {
    en: {
      message: 'Undefined condition: “where applicable” does not say when the condition is met.',
      explanation: '“Where applicable” or “if necessary” makes the processing conditional without saying on what; you cannot tell whether it applies to you.',
    },
    de: {
      message: 'Unbestimmte Bedingung: „gegebenenfalls“ sagt nicht, wann die Bedingung erfüllt ist.',
      explanation: '„Gegebenenfalls“ oder „falls erforderlich“ macht die Verarbeitung bedingt, ohne die Bedingung zu nennen.',
    },
  },
  'fr-dans-certains-cas': {
    en: { message: 'Undefined condition: “in certain cases” does not say which.', explanation: 'The cases are not named; the processing can apply to any situation the company considers relevant.' },
    de: {
      message: 'Unbestimmte Bedingung: „in bestimmten Fällen“ sagt nicht, in welchen.',
      explanation: 'Die Fälle werden nicht genannt; die Verarbeitung kann jede Situation betreffen, die das Unternehmen für einschlägig hält.',
    },
  },
  'fr-au-moins': {
    en: { message: 'Minimum only: “at least” gives no maximum period.', explanation: 'A period of “at least” two years says when data will not be deleted, not when it will be.' },
    de: { message: 'Nur Mindestdauer: „mindestens“ nennt keine Höchstdauer.', explanation: 'Eine Frist von „mindestens“ zwei Jahren sagt, wann nicht gelöscht wird, nicht wann gelöscht wird.' },
  },
  'fr-duree-indeterminee': {
    en: { message: 'Retention without end: “indefinitely” has no limit.', explanation: 'Unlimited retention runs against storage limitation, unless the policy names the exceptions.' },
    de: { message: 'Speicherung ohne Ende: „unbegrenzt“ hat keine Grenze.', explanation: 'Unbegrenzte Speicherung widerspricht der Speicherbegrenzung, sofern die Erklärung keine Ausnahmen nennt.' },
  },
  'fr-des-que-possible': {
    en: { message: 'Deadline not quantified: “as soon as possible” does not say when.', explanation: 'The deadline is not given: deletion or a reply may take days or months.' },
    de: { message: 'Frist nicht beziffert: „so bald wie möglich“ sagt nicht, wann.', explanation: 'Die Frist fehlt: Löschung oder Antwort können Tage oder Monate dauern.' },
  },
  'fr-archivage-intermediaire': {
    en: {
      message: 'Archiving period not stated: “intermediate archiving” without a period.',
      explanation: 'Intermediate archiving extends retention; the policy must say for how long and who has access.',
    },
    de: {
      message: 'Archivierungsdauer nicht genannt: „Zwischenarchivierung“ ohne Frist.',
      explanation: 'Die Zwischenarchivierung verlängert die Speicherung; Dauer und Zugriff müssen genannt werden.',
    },
  },
  'fr-a-tout-moment': {
    en: { message: 'Undefined moment: “at any time” does not say when.', explanation: 'When the company acts “at any time”, you cannot anticipate anything.' },
    de: { message: 'Unbestimmter Zeitpunkt: „jederzeit“ sagt nicht, wann.', explanation: 'Wenn das Unternehmen „jederzeit“ handelt, lässt sich nichts vorhersehen.' },
  },
  'fr-un-certain-delai': {
    en: { message: 'Deadline not quantified: “a certain period” does not say how long.', explanation: 'The period is not given: deletion may happen in a month or in ten years.' },
    de: { message: 'Frist nicht beziffert: „eine gewisse Frist“ sagt nicht, wie lange.', explanation: 'Die Frist fehlt: gelöscht wird vielleicht in einem Monat, vielleicht in zehn Jahren.' },
  },
  'fr-ulterieurement': {
    en: { message: 'Undefined moment: “later” does not say when.', explanation: 'Processing planned “later” is neither dated nor described.' },
    de: { message: 'Unbestimmter Zeitpunkt: „später“ sagt nicht, wann.', explanation: 'Eine „später“ geplante Verarbeitung ist weder datiert noch beschrieben.' },
  },
  'fr-regulierement': {
    en: { message: 'Undefined frequency: “regularly” does not say how often.', explanation: 'The frequency is not given, so you cannot tell what is actually done.' },
    de: { message: 'Unbestimmte Häufigkeit: „regelmäßig“ sagt nicht, wie oft.', explanation: 'Die Häufigkeit fehlt; was tatsächlich geschieht, bleibt offen.' },
  },
  'fr-certaines-donnees': {
    en: {
      message: 'Data not specified: “certain data” does not say which.',
      explanation: '“Certain data” announces processing without saying what it covers; you cannot tell whether sensitive data is concerned.',
    },
    de: {
      message: 'Daten nicht bestimmt: „bestimmte Daten“ sagt nicht, welche.',
      explanation: '„Bestimmte Daten“ kündigt eine Verarbeitung an, ohne zu sagen, welche; ob sensible Daten betroffen sind, bleibt offen.',
    },
  },
  'fr-autres-informations': {
    en: {
      message: 'Data not specified: “other information” opens the list of collected data.',
      explanation: 'After a list of data, “other information” makes it unlimited: any data can fall under it.',
    },
    de: {
      message: 'Daten nicht bestimmt: „weitere Informationen“ öffnet die Liste der erhobenen Daten.',
      explanation: 'Nach einer Datenliste macht „weitere Informationen“ sie unbegrenzt: jede Angabe kann darunter fallen.',
    },
  },
  'fr-informations-supplementaires': {
    en: { message: 'Data not specified: “additional information” does not say which.', explanation: 'The extra information requested is not described.' },
    de: { message: 'Daten nicht bestimmt: „zusätzliche Informationen“ sagt nicht, welche.', explanation: 'Die zusätzlich verlangten Angaben werden nicht beschrieben.' },
  },
  'fr-differents-types': {
    en: { message: 'Data not specified: “different types of data” does not say which.', explanation: 'Speaking of “types” or “categories” without listing them says nothing about what is collected.' },
    de: {
      message: 'Daten nicht bestimmt: „verschiedene Arten von Daten“ sagt nicht, welche.',
      explanation: 'Von „Arten“ oder „Kategorien“ zu sprechen, ohne sie aufzuzählen, sagt nichts über die Erhebung.',
    },
  },
  'fr-toutes-informations': {
    en: { message: 'Data not bounded: “all information” sets no limit.', explanation: '“All information” potentially covers everything the company can obtain about you.' },
    de: { message: 'Daten nicht begrenzt: „alle Informationen“ setzt keine Grenze.', explanation: '„Alle Informationen“ umfasst potenziell alles, was das Unternehmen über Sie erlangen kann.' },
  },
  'fr-donnees-techniques': {
    en: {
      message: 'Broad category: “technical data” does not say which data is collected.',
      explanation: 'IP address, device identifiers, browser fingerprint, history: the category can hold anything and must be detailed.',
    },
    de: {
      message: 'Weite Kategorie: „technische Daten“ sagt nicht, welche Daten erhoben werden.',
      explanation: 'IP-Adresse, Gerätekennungen, Browser-Fingerabdruck, Verlauf: die Kategorie kann alles enthalten und muss aufgeschlüsselt werden.',
    },
  },
  'fr-donnees-necessaires': {
    en: { message: 'Data not specified: “the necessary data” does not say which is necessary.', explanation: 'The company alone decides what is necessary; the policy must list the data.' },
    de: {
      message: 'Daten nicht bestimmt: „die erforderlichen Daten“ sagt nicht, welche erforderlich sind.',
      explanation: 'Was erforderlich ist, entscheidet das Unternehmen allein; die Daten müssen aufgezählt werden.',
    },
  },
  'fr-informations-de-base': {
    en: { message: 'Data not specified: “basic information” does not say which.', explanation: 'What is “basic” is not defined; the category may be wider than the reader imagines.' },
    de: { message: 'Daten nicht bestimmt: „Basisinformationen“ sagt nicht, welche.', explanation: 'Was „grundlegend“ ist, wird nicht definiert; die Kategorie kann weiter sein als gedacht.' },
  },
  'fr-technologies-similaires': {
    en: {
      message: 'Tracking not specified: “similar technologies” does not say which tracking techniques are used.',
      explanation: 'Pixels, fingerprinting, advertising identifiers: technologies “similar” to cookies can be more intrusive, and you cannot block them without knowing them.',
    },
    de: {
      message: 'Tracking nicht bestimmt: „ähnliche Technologien“ sagt nicht, welche Tracking-Techniken genutzt werden.',
      explanation: 'Pixel, Fingerprinting, Werbe-IDs: „ähnliche Technologien“ können eingreifender sein als Cookies und lassen sich unbekannt nicht blockieren.',
    },
  },
  'fr-donnees-vous-concernant': {
    en: { message: 'Data not specified: “information about you” does not say which.', explanation: 'The phrase covers any data about you; it should be followed by the list of data.' },
    de: { message: 'Daten nicht bestimmt: „Informationen über Sie“ sagt nicht, welche.', explanation: 'Die Wendung umfasst jede Angabe über Sie; sie sollte von einer Datenliste gefolgt sein.' },
  },
  'fr-centres-interet': {
    en: {
      message: 'Profile not described: “interests” does not say how they are inferred.',
      explanation: '“Interests” or “behaviour” are not collected but inferred; the policy does not say from which data or for what.',
    },
    de: {
      message: 'Profil nicht beschrieben: „Interessen“ sagt nicht, wie sie abgeleitet werden.',
      explanation: '„Interessen“ oder „Verhalten“ werden nicht erhoben, sondern abgeleitet; aus welchen Daten und wozu, bleibt offen.',
    },
  },
  'fr-donnees-deduites': {
    en: { message: 'Inferred data not described: “inferred data” does not say what is inferred.', explanation: 'Inferring creates data you did not provide; the policy must say which.' },
    de: {
      message: 'Abgeleitete Daten nicht beschrieben: „abgeleitete Daten“ sagt nicht, was abgeleitet wird.',
      explanation: 'Ableiten erzeugt Daten, die Sie nicht angegeben haben; welche, muss genannt werden.',
    },
  },
  'fr-autres-sources': {
    en: {
      message: 'Source not named: “other sources” does not say where the data comes from.',
      explanation: 'Data obtained elsewhere than from you (brokers, partners, public sources) must be tied to its source so that you can contest it.',
    },
    de: {
      message: 'Quelle nicht genannt: „andere Quellen“ sagt nicht, woher die Daten stammen.',
      explanation: 'Daten, die nicht von Ihnen stammen (Händler, Partner, öffentliche Quellen), müssen ihrer Quelle zugeordnet werden, damit Sie sie bestreiten können.',
    },
  },
  'fr-facon-dont-vous-utilisez': {
    en: {
      message: 'Usage data not specified: “how you use” our services does not say what is recorded.',
      explanation: 'Pages viewed, clicks, duration, mouse movements: usage can be tracked finely; the policy must say which usage data is recorded.',
    },
    de: {
      message: 'Nutzungsdaten nicht bestimmt: „wie Sie nutzen“ sagt nicht, was aufgezeichnet wird.',
      explanation: 'Seitenaufrufe, Klicks, Dauer, Mausbewegungen: Nutzung lässt sich fein verfolgen; welche Nutzungsdaten aufgezeichnet werden, muss genannt werden.',
    },
  },
  'fr-metadonnees': {
    en: { message: 'Technical data not detailed: “metadata” does not say which.', explanation: 'Metadata and logs can reveal a lot (times, places, contacts); their content must be specified.' },
    de: {
      message: 'Technische Daten nicht aufgeschlüsselt: „Metadaten“ sagt nicht, welche.',
      explanation: 'Metadaten und Logs können viel verraten (Zeiten, Orte, Kontakte); ihr Inhalt muss genannt werden.',
    },
  },
  'fr-contenus-utilisateur': {
    en: { message: 'Content not specified: “content you publish” without saying what is done with it.', explanation: 'Your content may be analysed or reused; the policy must say how.' },
    de: {
      message: 'Inhalte nicht bestimmt: „Inhalte, die Sie veröffentlichen“ ohne Angabe, was damit geschieht.',
      explanation: 'Ihre Inhalte können ausgewertet oder weiterverwendet werden; wie, muss genannt werden.',
    },
  },
  'fr-identifiants': {
    en: {
      message: 'Identifiers not specified: “unique identifiers” does not say which or what for.',
      explanation: 'A unique identifier lets you be followed from one visit or service to another; the policy must say which one and who reads it.',
    },
    de: {
      message: 'Kennungen nicht bestimmt: „eindeutige Kennungen“ sagt nicht, welche oder wozu.',
      explanation: 'Eine eindeutige Kennung erlaubt es, Sie über Besuche und Dienste hinweg zu verfolgen; welche und wer sie liest, muss genannt werden.',
    },
  },
  'fr-localisation': {
    en: { message: 'Location not specified: “location data” does not say how precise.', explanation: 'Country-level location and a GPS position differ greatly; the policy must say which.' },
    de: {
      message: 'Standort nicht bestimmt: „Standortdaten“ sagt nicht, wie genau.',
      explanation: 'Ein Standort auf Landesebene und eine GPS-Position unterscheiden sich stark; welche gemeint ist, muss genannt werden.',
    },
  },
  'fr-interet-legitime': {
    en: {
      message: 'Legal basis without the interest: “legitimate interest” does not say which interest is pursued.',
      explanation: 'Relying on legitimate interests requires naming the interest and weighing it against your rights; a bare mention lets you neither understand it nor object effectively.',
    },
    de: {
      message: 'Rechtsgrundlage ohne Interesse: „berechtigtes Interesse“ sagt nicht, welches Interesse verfolgt wird.',
      explanation: 'Wer sich auf berechtigte Interessen stützt, muss das Interesse nennen und gegen Ihre Rechte abwägen; eine bloße Erwähnung erlaubt weder Verständnis noch wirksamen Widerspruch.',
    },
  },
  'fr-obligation-legale': {
    en: {
      message: 'Legal basis without a text: “legal obligations” does not say which law requires the processing.',
      explanation: 'A legal obligation must rest on a specific provision of Union or Member State law; without it you cannot check that the obligation exists.',
    },
    de: {
      message: 'Rechtsgrundlage ohne Norm: „gesetzliche Pflichten“ sagt nicht, welches Gesetz die Verarbeitung verlangt.',
      explanation: 'Eine rechtliche Verpflichtung muss auf einer bestimmten Norm des Unions- oder mitgliedstaatlichen Rechts beruhen; ohne sie ist sie nicht überprüfbar.',
    },
  },
  'fr-lorsque-la-loi-l-exige': {
    en: {
      message: 'Basis not named: “when the law requires it” names neither the law nor the cases.',
      explanation: 'The wording covers any request presented as legal, with no text or procedure; you do not know when your data is disclosed.',
    },
    de: {
      message: 'Grundlage nicht genannt: „wenn das Gesetz es verlangt“ nennt weder Gesetz noch Fälle.',
      explanation: 'Die Formulierung deckt jede als rechtlich dargestellte Anfrage ohne Norm oder Verfahren; wann Ihre Daten offengelegt werden, bleibt offen.',
    },
  },
  'fr-loi-applicable': {
    en: { message: 'General reference: “applicable law” names no text.', explanation: 'Referring to “applicable law” says neither which law nor what it provides for you.' },
    de: { message: 'Allgemeiner Verweis: „geltendes Recht“ nennt keine Norm.', explanation: 'Ein Verweis auf „geltendes Recht“ sagt weder welches Gesetz noch was es für Sie vorsieht.' },
  },
  'fr-de-bonne-foi': {
    en: {
      message: 'Unilateral judgement: “in good faith” makes disclosure depend on the company’s opinion alone.',
      explanation: 'That the company “believes in good faith” a disclosure is necessary is not a verifiable criterion: believing it is enough.',
    },
    de: {
      message: 'Einseitige Beurteilung: „in gutem Glauben“ macht die Offenlegung allein von der Meinung des Unternehmens abhängig.',
      explanation: 'Dass das Unternehmen „in gutem Glauben“ eine Offenlegung für nötig hält, ist kein prüfbares Kriterium: der Glaube genügt.',
    },
  },
  'fr-garanties-appropriees': {
    en: {
      message: 'Safeguards not named: “appropriate safeguards” does not say which.',
      explanation: 'For a transfer outside the EU, the policy must name the safeguards (standard contractual clauses, binding corporate rules…) and say how to get a copy.',
    },
    de: {
      message: 'Garantien nicht genannt: „geeignete Garantien“ sagt nicht, welche.',
      explanation: 'Für eine Übermittlung außerhalb der EU müssen die Garantien (Standardvertragsklauseln, verbindliche interne Vorschriften…) und der Weg zu einer Kopie genannt werden.',
    },
  },
  'fr-consentement-implicite': {
    en: {
      message: 'Presumed consent: “by continuing to browse” is not clear consent.',
      explanation: 'Consent must be a clear affirmative act; inferring agreement from continued browsing or use leaves no real choice.',
    },
    de: {
      message: 'Vermutete Einwilligung: „durch weiteres Surfen“ ist keine klare Einwilligung.',
      explanation: 'Eine Einwilligung muss eine eindeutige bestätigende Handlung sein; Zustimmung aus bloßem Weitersurfen abzuleiten lässt keine echte Wahl.',
    },
  },
  'fr-base-legale-vague': {
    en: {
      message: 'Legal basis not named: “an appropriate legal basis” does not say which.',
      explanation: 'Each processing operation must rest on a specific legal basis (consent, contract, legal obligation…) stated to the person.',
    },
    de: {
      message: 'Rechtsgrundlage nicht genannt: „eine geeignete Rechtsgrundlage“ sagt nicht, welche.',
      explanation: 'Jede Verarbeitung braucht eine bestimmte Rechtsgrundlage (Einwilligung, Vertrag, rechtliche Verpflichtung…), die der Person genannt wird.',
    },
  },
  'fr-proteger-nos-droits': {
    en: {
      message: 'Broad justification: “protect our rights” can cover almost any disclosure.',
      explanation: 'Defending the company’s rights in court is legitimate, but the wording says neither when nor to whom data is disclosed.',
    },
    de: {
      message: 'Weite Rechtfertigung: „unsere Rechte schützen“ kann fast jede Offenlegung decken.',
      explanation: 'Die Verteidigung eigener Rechte vor Gericht ist legitim, aber wann und an wen Daten gehen, bleibt offen.',
    },
  },
  'fr-dispositions-legales': {
    en: { message: 'Text not cited: “legal provisions” does not say which.', explanation: 'Referring to “provisions” without citing them prevents checking what they allow.' },
    de: { message: 'Norm nicht zitiert: „gesetzliche Bestimmungen“ sagt nicht, welche.', explanation: 'Ein Verweis auf „Bestimmungen“ ohne Zitat verhindert die Prüfung, was sie erlauben.' },
  },
  'fr-mission-interet-public-vague': {
    en: {
      message: 'Mission not specified: “public service mission” without the text that founds it.',
      explanation: 'A task in the public interest must be laid down by a text; without a reference it cannot be checked.',
    },
    de: {
      message: 'Aufgabe nicht bestimmt: „öffentliche Aufgabe“ ohne die Norm, die sie begründet.',
      explanation: 'Eine Aufgabe im öffentlichen Interesse muss in einer Norm festgelegt sein; ohne Verweis ist sie nicht überprüfbar.',
    },
  },
};
