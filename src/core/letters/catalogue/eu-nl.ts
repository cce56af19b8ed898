// EU GDPR letters in Dutch. Legal terms follow the Dutch text of the AVG
// (bezwaar, specifieke situatie, dwingende gerechtvaardigde gronden, direct marketing, toezichthoudende autoriteit).
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'Aan: {{controller}}';
const REF = 'Klantnummer of account: {{reference}}';

export const EU_NL = euLetters('nl', {
  object: `${SENDER_BLOCK}

${TO}

**Bezwaar op grond van artikel 21, lid 1, AVG**

${REF}

Geachte heer, mevrouw,

Op grond van artikel 21, lid 1, van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG) maak ik bezwaar tegen de verwerking van mijn persoonsgegevens die u baseert op artikel 6, lid 1, onder e) of f), AVG, met inbegrip van profilering op basis van die bepalingen.

Mijn bezwaar betreft in het bijzonder: {{processing}}

Mijn redenen, die verband houden met mijn specifieke situatie, zijn de volgende:

{{grounds}}

Op grond van artikel 21, lid 1, AVG staakt u de verwerking van mijn persoonsgegevens, tenzij u dwingende gerechtvaardigde gronden voor de verwerking aanvoert die zwaarder wegen dan mijn belangen, rechten en vrijheden, of die verband houden met de instelling, uitoefening of onderbouwing van een rechtsvordering.

In afwachting van het antwoord op de vraag of uw gerechtvaardigde gronden zwaarder wegen dan de mijne, verzoek ik u op grond van artikel 18, lid 1, punt d), AVG de verwerking van mijn persoonsgegevens te beperken. Zodra mijn bezwaar is gehonoreerd, verzoek ik u op grond van artikel 17, lid 1, punt c), AVG de betrokken persoonsgegevens te wissen.

Ik verzoek u mij te bevestigen dat u deze verwerking hebt gestaakt of, als u haar wilt voortzetten, mij de dwingende gerechtvaardigde gronden mee te delen waarop u zich beroept. Op grond van artikel 12, lid 3, AVG verstrekt u mij onverwijld en in ieder geval binnen een maand na ontvangst van dit verzoek informatie over het gevolg dat aan het verzoek is gegeven; gerekend vanaf de datum van deze brief is dat uiterlijk {{responseDue}}. Geeft u geen gevolg aan mijn verzoek, dan moet u mij op grond van artikel 12, lid 4, AVG binnen dezelfde termijn meedelen waarom niet, en mij informeren over de mogelijkheid om een klacht in te dienen bij een toezichthoudende autoriteit en beroep bij de rechter in te stellen.

Met vriendelijke groet,

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Bezwaar tegen direct marketing op grond van artikel 21, lid 2, AVG**

${REF}

Geachte heer, mevrouw,

Op grond van artikel 21, lid 2, van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG) maak ik bezwaar tegen de verwerking van mijn persoonsgegevens ten behoeve van direct marketing, met inbegrip van profilering die betrekking heeft op direct marketing.

Op grond van artikel 21, lid 3, AVG worden mijn persoonsgegevens daarna niet meer voor deze doeleinden verwerkt. Artikel 21, lid 2, AVG verplicht mij niet om redenen op te geven.

Ik verzoek u mij te bevestigen dat u de verwerking van mijn persoonsgegevens voor direct marketing hebt gestaakt. Op grond van artikel 12, lid 3, AVG verstrekt u mij onverwijld en in ieder geval binnen een maand na ontvangst van dit verzoek informatie over het gevolg dat aan het verzoek is gegeven; gerekend vanaf de datum van deze brief is dat uiterlijk {{responseDue}}.

Met vriendelijke groet,

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Bezwaar op grond van artikel 21, lid 1, AVG tegen het gebruik van mijn persoonsgegevens voor het trainen van AI-modellen**

${REF}

Geachte heer, mevrouw,

Op grond van artikel 21, lid 1, van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG) maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor het ontwikkelen, trainen, verfijnen of anderszins verbeteren van modellen en systemen voor artificiële intelligentie, voor zover u die verwerking baseert op artikel 6, lid 1, onder e) of f), AVG. Dit betreft gegevens die ik u heb verstrekt, inhoud die ik op uw diensten heb gepubliceerd en gegevens over mij die u van anderen hebt verkregen.

Betrokken AI-model of product: {{aiSystem}}

Mijn redenen, die verband houden met mijn specifieke situatie, zijn de volgende:

{{grounds}}

Op grond van artikel 21, lid 1, AVG staakt u de verwerking van mijn persoonsgegevens voor deze doeleinden, tenzij u dwingende gerechtvaardigde gronden voor de verwerking aanvoert die zwaarder wegen dan mijn belangen, rechten en vrijheden, of die verband houden met de instelling, uitoefening of onderbouwing van een rechtsvordering. Baseert u deze verwerking in plaats daarvan op mijn toestemming, dan geldt deze brief tevens als intrekking van die toestemming op grond van artikel 7, lid 3, AVG.

In afwachting van het antwoord op de vraag of uw gerechtvaardigde gronden zwaarder wegen dan de mijne, verzoek ik u op grond van artikel 18, lid 1, punt d), AVG de verwerking van mijn persoonsgegevens te beperken. Zodra mijn bezwaar is gehonoreerd, verzoek ik u op grond van artikel 17, lid 1, punt c), AVG de betrokken persoonsgegevens te wissen.

Ik verzoek u mij te bevestigen dat mijn persoonsgegevens niet voor deze doeleinden worden verwerkt of, als u de verwerking wilt voortzetten, mij de dwingende gerechtvaardigde gronden mee te delen waarop u zich beroept. Op grond van artikel 12, lid 3, AVG verstrekt u mij onverwijld en in ieder geval binnen een maand na ontvangst van dit verzoek informatie over het gevolg dat aan het verzoek is gegeven; gerekend vanaf de datum van deze brief is dat uiterlijk {{responseDue}}. Geeft u geen gevolg aan mijn verzoek, dan moet u mij op grond van artikel 12, lid 4, AVG binnen dezelfde termijn meedelen waarom niet, en mij informeren over de mogelijkheid om een klacht in te dienen bij een toezichthoudende autoriteit en beroep bij de rechter in te stellen.

Met vriendelijke groet,

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Intrekking van mijn toestemming op grond van artikel 7, lid 3, AVG**

${REF}

Geachte heer, mevrouw,

Op grond van artikel 7, lid 3, van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG) trek ik mijn toestemming in voor de verwerking van mijn persoonsgegevens voor het volgende: {{consentScope}}

Artikel 7, lid 3, AVG geeft mij het recht mijn toestemming te allen tijde in te trekken en bepaalt dat het intrekken van de toestemming even eenvoudig is als het geven ervan. Ik verzoek u iedere verwerking die op deze toestemming berust te staken en mij dat schriftelijk te bevestigen. Voor zover u deze gegevens ook ten behoeve van direct marketing verwerkt, maak ik daartegen bezwaar op grond van artikel 21, lid 2, AVG.

Tevens verzoek ik u op grond van artikel 17, lid 1, punt b), AVG de persoonsgegevens die op basis van deze toestemming zijn verwerkt te wissen, voor zover er geen andere rechtsgrond voor de verwerking is; beroept u zich op een andere rechtsgrond, laat mij dan weten welke.

Met vriendelijke groet,

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Herinnering: mijn bezwaar van {{sentDate}} op grond van artikel 21 AVG**

${REF}

Geachte heer, mevrouw,

Op {{sentDate}} heb ik u een bezwaar gestuurd op grond van artikel 21 van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG). Op grond van artikel 12, lid 3, AVG moest u mij onverwijld en in ieder geval binnen een maand na ontvangst informatie verstrekken over het gevolg dat aan het verzoek is gegeven; gerekend vanaf de dag van verzending is die termijn op {{dueDate}} verstreken. Ik heb die informatie niet ontvangen, en evenmin een bericht dat de termijn wordt verlengd.

Wilde u geen gevolg geven aan mijn bezwaar, dan had u mij op grond van artikel 12, lid 4, AVG binnen dezelfde termijn moeten meedelen waarom niet, en mij moeten informeren over de mogelijkheid om een klacht in te dienen bij een toezichthoudende autoriteit en beroep bij de rechter in te stellen.

Ik verzoek u alsnog gevolg te geven aan mijn bezwaar en mij dat zonder verder uitstel te bevestigen. Zo niet, dan dien ik op grond van artikel 77 AVG een klacht in bij een toezichthoudende autoriteit.

Met vriendelijke groet,

{{name}}
`,
  complaint: `${SENDER_BLOCK}

Aan: {{authority}}

**Klacht op grond van artikel 77 AVG tegen {{controller}}**

Geachte heer, mevrouw,

Op grond van artikel 77, lid 1, van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG) dien ik een klacht in tegen {{controller}}. Ik ben van mening dat de verwerking van mijn persoonsgegevens door deze onderneming inbreuk maakt op de AVG, met name omdat zij mijn bezwaar op grond van artikel 21 AVG niet heeft behandeld zoals artikel 12 AVG voorschrijft.

De feiten:

- Op {{sentDate}} heb ik {{controller}} een bezwaar gestuurd op grond van artikel 21 AVG (kopie bijgevoegd).
- Op grond van artikel 12, lid 3, AVG moest de onderneming mij binnen een maand na ontvangst informatie verstrekken over het gevolg dat aan het verzoek is gegeven; gerekend vanaf de dag van verzending is die termijn op {{dueDate}} verstreken.
- {{facts}}

Ik verzoek u deze klacht te onderzoeken, de maatregelen te nemen waarover u beschikt opdat mijn bezwaar wordt gerespecteerd, en mij in kennis te stellen van de voortgang en het resultaat van de klacht, zoals artikel 77, lid 2, AVG bepaalt.

Met vriendelijke groet,

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**Uw antwoord op mijn bezwaar van {{sentDate}} op grond van artikel 21 AVG: uw webformulier**

${REF}

Geachte heer, mevrouw,

Op {{sentDate}} heb ik op grond van artikel 21 van Verordening (EU) 2016/679 (Algemene verordening gegevensbescherming, AVG) bezwaar gemaakt tegen de verwerking van mijn persoonsgegevens, {{channel}}. U antwoordde dat bezwaar alleen via uw webformulier kan worden gemaakt.

Dat aanvaard ik niet. Artikel 21 AVG schrijft geen vorm voor het bezwaar voor, en artikel 12, lid 2, AVG verplicht u de uitoefening van mijn rechten uit hoofde van de artikelen 15 tot en met 22 AVG te faciliteren, niet te bemoeilijken. Mijn bezwaar heeft u langs de hierboven genoemde weg bereikt, en de termijn van artikel 12, lid 3, AVG loopt vanaf de ontvangst ervan: u verstrekt mij onverwijld en in ieder geval binnen een maand na ontvangst informatie over het gevolg dat aan het verzoek is gegeven. Gerekend vanaf de dag van verzending verstrijkt die termijn op {{dueDate}}.

Ik verzoek u mijn bezwaar te behandelen zoals ik het heb ingediend en mij dat te bevestigen. Het staat u vrij het zelf in uw eigen systeem in te voeren.

Met vriendelijke groet,

{{name}}
`,
});
