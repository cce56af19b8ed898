// EU GDPR letters in German. Legal terms follow the German text of the DSGVO
// (Widerspruch, besondere Situation, zwingende schutzwürdige Gründe, Direktwerbung, Aufsichtsbehörde).
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'An: {{controller}}';
const REF = 'Kundennummer oder Konto: {{reference}}';

export const EU_DE = euLetters('de', {
  object: `${SENDER_BLOCK}

${TO}

**Widerspruch gemäß Art. 21 Abs. 1 DSGVO**

${REF}

Sehr geehrte Damen und Herren,

gemäß Art. 21 Abs. 1 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) lege ich Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten ein, die Sie auf Art. 6 Abs. 1 Buchstabe e oder f DSGVO stützen, einschließlich eines auf diese Bestimmungen gestützten Profilings.

Der Widerspruch betrifft insbesondere: {{processing}}

Meine Gründe, die sich aus meiner besonderen Situation ergeben, sind:

{{grounds}}

Nach Art. 21 Abs. 1 DSGVO dürfen Sie meine personenbezogenen Daten nicht mehr verarbeiten, es sei denn, Sie weisen zwingende schutzwürdige Gründe für die Verarbeitung nach, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen.

Solange noch nicht feststeht, ob Ihre berechtigten Gründe gegenüber meinen überwiegen, verlange ich nach Artikel 18 Absatz 1 Buchstabe d DSGVO die Einschränkung der Verarbeitung meiner personenbezogenen Daten. Sobald meinem Widerspruch stattgegeben ist, verlange ich nach Artikel 17 Absatz 1 Buchstabe c DSGVO die Löschung der betroffenen personenbezogenen Daten.

Bitte bestätigen Sie mir, dass Sie diese Verarbeitung eingestellt haben, oder legen Sie, falls Sie sie fortsetzen wollen, die zwingenden schutzwürdigen Gründe dar, auf die Sie sich berufen. Nach Art. 12 Abs. 3 DSGVO haben Sie mir Informationen über die ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang dieses Antrags zur Verfügung zu stellen; vom Datum dieses Schreibens an gerechnet ist das der {{responseDue}}. Werden Sie auf meinen Antrag hin nicht tätig, so haben Sie mich nach Art. 12 Abs. 4 DSGVO innerhalb derselben Frist über die Gründe hierfür und über die Möglichkeit zu unterrichten, bei einer Aufsichtsbehörde Beschwerde einzulegen oder einen gerichtlichen Rechtsbehelf einzulegen.

Mit freundlichen Grüßen

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Widerspruch gegen Direktwerbung gemäß Art. 21 Abs. 2 DSGVO**

${REF}

Sehr geehrte Damen und Herren,

gemäß Art. 21 Abs. 2 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) lege ich Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung ein; dies gilt auch für das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht.

Nach Art. 21 Abs. 3 DSGVO dürfen meine personenbezogenen Daten danach nicht mehr für diese Zwecke verarbeitet werden. Art. 21 Abs. 2 DSGVO verlangt von mir keine Begründung.

Bitte bestätigen Sie mir, dass Sie die Verarbeitung meiner personenbezogenen Daten für Direktwerbung eingestellt haben. Nach Art. 12 Abs. 3 DSGVO haben Sie mir Informationen über die ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang dieses Antrags zur Verfügung zu stellen; vom Datum dieses Schreibens an gerechnet ist das der {{responseDue}}.

Mit freundlichen Grüßen

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Widerspruch gemäß Art. 21 Abs. 1 DSGVO gegen die Verwendung meiner personenbezogenen Daten zum Training von KI-Modellen**

${REF}

Sehr geehrte Damen und Herren,

gemäß Art. 21 Abs. 1 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) lege ich Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zur Entwicklung, zum Training, zur Feinabstimmung oder zur sonstigen Verbesserung von Modellen und Systemen künstlicher Intelligenz ein, soweit Sie diese Verarbeitung auf Art. 6 Abs. 1 Buchstabe e oder f DSGVO stützen. Dies umfasst Daten, die ich Ihnen bereitgestellt habe, Inhalte, die ich in Ihren Diensten veröffentlicht habe, und Daten über mich, die Sie von Dritten erhalten haben.

Betroffenes KI-Modell oder Produkt: {{aiSystem}}

Meine Gründe, die sich aus meiner besonderen Situation ergeben, sind:

{{grounds}}

Nach Art. 21 Abs. 1 DSGVO dürfen Sie meine personenbezogenen Daten für diese Zwecke nicht mehr verarbeiten, es sei denn, Sie weisen zwingende schutzwürdige Gründe für die Verarbeitung nach, die meine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen. Sollten Sie diese Verarbeitung stattdessen auf meine Einwilligung stützen, gilt dieses Schreiben zugleich als Widerruf dieser Einwilligung gemäß Art. 7 Abs. 3 DSGVO.

Solange noch nicht feststeht, ob Ihre berechtigten Gründe gegenüber meinen überwiegen, verlange ich nach Artikel 18 Absatz 1 Buchstabe d DSGVO die Einschränkung der Verarbeitung meiner personenbezogenen Daten. Sobald meinem Widerspruch stattgegeben ist, verlange ich nach Artikel 17 Absatz 1 Buchstabe c DSGVO die Löschung der betroffenen personenbezogenen Daten.

Bitte bestätigen Sie mir, dass meine personenbezogenen Daten nicht für diese Zwecke verarbeitet werden, oder legen Sie, falls Sie die Verarbeitung fortsetzen wollen, die zwingenden schutzwürdigen Gründe dar, auf die Sie sich berufen. Nach Art. 12 Abs. 3 DSGVO haben Sie mir Informationen über die ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang dieses Antrags zur Verfügung zu stellen; vom Datum dieses Schreibens an gerechnet ist das der {{responseDue}}. Werden Sie auf meinen Antrag hin nicht tätig, so haben Sie mich nach Art. 12 Abs. 4 DSGVO innerhalb derselben Frist über die Gründe hierfür und über die Möglichkeit zu unterrichten, bei einer Aufsichtsbehörde Beschwerde einzulegen oder einen gerichtlichen Rechtsbehelf einzulegen.

Mit freundlichen Grüßen

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Widerruf meiner Einwilligung gemäß Art. 7 Abs. 3 DSGVO**

${REF}

Sehr geehrte Damen und Herren,

gemäß Art. 7 Abs. 3 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) widerrufe ich meine Einwilligung in die Verarbeitung meiner personenbezogenen Daten für Folgendes: {{consentScope}}

Nach Art. 7 Abs. 3 DSGVO kann ich meine Einwilligung jederzeit widerrufen, und der Widerruf muss so einfach wie die Erteilung der Einwilligung sein. Bitte stellen Sie jede auf diese Einwilligung gestützte Verarbeitung ein und bestätigen Sie mir dies schriftlich. Soweit Sie diese Daten auch zum Zwecke der Direktwerbung verarbeiten, lege ich gemäß Art. 21 Abs. 2 DSGVO Widerspruch gegen diese Verarbeitung ein.

Zugleich verlange ich nach Artikel 17 Absatz 1 Buchstabe b DSGVO die Löschung der auf Grundlage dieser Einwilligung verarbeiteten personenbezogenen Daten, soweit es an einer anderweitigen Rechtsgrundlage für die Verarbeitung fehlt; stützen Sie die Verarbeitung auf eine andere Rechtsgrundlage, nennen Sie mir diese bitte.

Mit freundlichen Grüßen

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Erinnerung: mein Widerspruch vom {{sentDate}} gemäß Art. 21 DSGVO**

${REF}

Sehr geehrte Damen und Herren,

am {{sentDate}} habe ich Ihnen einen Widerspruch gemäß Art. 21 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) übermittelt. Nach Art. 12 Abs. 3 DSGVO hatten Sie mir Informationen über die ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang zur Verfügung zu stellen; vom Tag der Absendung an gerechnet endete diese Frist am {{dueDate}}. Ich habe weder diese Informationen noch eine Mitteilung über eine Fristverlängerung erhalten.

Wollten Sie auf meinen Widerspruch hin nicht tätig werden, so hätten Sie mich nach Art. 12 Abs. 4 DSGVO innerhalb derselben Frist über die Gründe hierfür und über die Möglichkeit unterrichten müssen, bei einer Aufsichtsbehörde Beschwerde einzulegen oder einen gerichtlichen Rechtsbehelf einzulegen.

Ich fordere Sie auf, meinem Widerspruch nunmehr nachzukommen und mir dies unverzüglich zu bestätigen. Andernfalls werde ich gemäß Art. 77 DSGVO Beschwerde bei einer Aufsichtsbehörde einlegen.

Mit freundlichen Grüßen

{{name}}
`,
  complaint: `${SENDER_BLOCK}

An: {{authority}}

**Beschwerde gemäß Art. 77 DSGVO gegen {{controller}}**

Sehr geehrte Damen und Herren,

gemäß Art. 77 Abs. 1 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) lege ich Beschwerde gegen {{controller}} ein. Ich bin der Ansicht, dass die Verarbeitung meiner personenbezogenen Daten durch dieses Unternehmen gegen die DSGVO verstößt, insbesondere weil es meinen Widerspruch gemäß Art. 21 DSGVO nicht so behandelt hat, wie Art. 12 DSGVO es verlangt.

Zum Sachverhalt:

- Am {{sentDate}} habe ich {{controller}} einen Widerspruch gemäß Art. 21 DSGVO übermittelt (Kopie anbei).
- Nach Art. 12 Abs. 3 DSGVO hatte das Unternehmen mir innerhalb eines Monats nach Eingang Informationen über die ergriffenen Maßnahmen zur Verfügung zu stellen; vom Tag der Absendung an gerechnet endete diese Frist am {{dueDate}}.
- {{facts}}

Ich bitte Sie, die Beschwerde zu prüfen, die Ihnen zur Verfügung stehenden Maßnahmen zu ergreifen, damit mein Widerspruch beachtet wird, und mich gemäß Art. 77 Abs. 2 DSGVO über den Stand und das Ergebnis der Beschwerde zu unterrichten.

Mit freundlichen Grüßen

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**Ihre Antwort auf meinen Widerspruch vom {{sentDate}} gemäß Art. 21 DSGVO: Ihr Webformular**

${REF}

Sehr geehrte Damen und Herren,

am {{sentDate}} habe ich gemäß Art. 21 der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, DSGVO) der Verarbeitung meiner personenbezogenen Daten widersprochen, und zwar {{channel}}. Sie haben geantwortet, ein Widerspruch sei nur über Ihr Webformular möglich.

Dem widerspreche ich. Art. 21 DSGVO schreibt für den Widerspruch keine bestimmte Form vor, und Art. 12 Abs. 2 DSGVO verpflichtet Sie, mir die Ausübung meiner Rechte gemäß den Art. 15 bis 22 DSGVO zu erleichtern, nicht zu erschweren. Mein Widerspruch ist Ihnen auf dem genannten Weg zugegangen, und die Frist des Art. 12 Abs. 3 DSGVO läuft ab seinem Eingang: Sie haben mir Informationen über die ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang zur Verfügung zu stellen. Vom Tag der Absendung an gerechnet endet diese Frist am {{dueDate}}.

Bitte bearbeiten Sie meinen Widerspruch so, wie ich ihn eingereicht habe, und bestätigen Sie mir dies. Es steht Ihnen frei, ihn selbst in Ihr System zu übertragen.

Mit freundlichen Grüßen

{{name}}
`,
});
