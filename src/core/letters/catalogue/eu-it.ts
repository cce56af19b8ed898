// EU GDPR letters in Italian. Legal terms follow the Italian text of the Regolamento (UE) 2016/679
// (diritto di opposizione, situazione particolare, motivi legittimi cogenti, marketing diretto, autorità di controllo).
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'Spett.le {{controller}}';
const REF = 'Codice cliente o account: {{reference}}';

export const EU_IT = euLetters('it', {
  object: `${SENDER_BLOCK}

${TO}

**Opposizione ai sensi dell’articolo 21, paragrafo 1, del GDPR**

${REF}

Gentili Signori,

ai sensi dell’articolo 21, paragrafo 1, del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), mi oppongo al trattamento dei miei dati personali che effettuate sulla base dell’articolo 6, paragrafo 1, lettera e) o f), del GDPR, compresa la profilazione sulla base di tali disposizioni.

La mia opposizione riguarda in particolare: {{processing}}

I motivi connessi alla mia situazione particolare sono i seguenti:

{{grounds}}

Ai sensi dell’articolo 21, paragrafo 1, del GDPR, dovete astenervi dal trattare ulteriormente i miei dati personali, salvo che dimostriate l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, diritti e libertà, oppure che il trattamento serva per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria.

In attesa della verifica in merito all’eventuale prevalenza dei vostri motivi legittimi rispetto ai miei, chiedo la limitazione del trattamento dei miei dati personali ai sensi dell’articolo 18, paragrafo 1, lettera d), del GDPR. Una volta accolta la mia opposizione, chiedo la cancellazione dei dati personali interessati ai sensi dell’articolo 17, paragrafo 1, lettera c), del GDPR.

Vi chiedo di confermarmi di aver cessato tale trattamento oppure, se intendete proseguirlo, di indicarmi i motivi legittimi cogenti che invocate. Ai sensi dell’articolo 12, paragrafo 3, del GDPR, dovete fornirmi le informazioni relative all’azione intrapresa senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della presente richiesta; calcolato dalla data della presente lettera, il termine scade il {{responseDue}}. Se non ottemperate alla mia richiesta, l’articolo 12, paragrafo 4, del GDPR vi obbliga a informarmi, entro lo stesso termine, dei motivi dell’inottemperanza e della possibilità di proporre reclamo a un’autorità di controllo e di proporre ricorso giurisdizionale.

Distinti saluti,

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Opposizione al marketing diretto ai sensi dell’articolo 21, paragrafo 2, del GDPR**

${REF}

Gentili Signori,

ai sensi dell’articolo 21, paragrafo 2, del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), mi oppongo al trattamento dei miei dati personali effettuato per finalità di marketing diretto, compresa la profilazione nella misura in cui sia connessa a tale marketing diretto.

Ai sensi dell’articolo 21, paragrafo 3, del GDPR, i miei dati personali non possono più essere oggetto di trattamento per tali finalità. L’articolo 21, paragrafo 2, del GDPR non mi impone di motivare la presente opposizione.

Vi chiedo di confermarmi di aver cessato il trattamento dei miei dati personali per finalità di marketing diretto. Ai sensi dell’articolo 12, paragrafo 3, del GDPR, dovete fornirmi le informazioni relative all’azione intrapresa senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della presente richiesta; calcolato dalla data della presente lettera, il termine scade il {{responseDue}}.

Distinti saluti,

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Opposizione ai sensi dell’articolo 21, paragrafo 1, del GDPR all’uso dei miei dati personali per l’addestramento di modelli di IA**

${REF}

Gentili Signori,

ai sensi dell’articolo 21, paragrafo 1, del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), mi oppongo al trattamento dei miei dati personali per lo sviluppo, l’addestramento, la messa a punto o qualsiasi altro miglioramento di modelli e sistemi di intelligenza artificiale, nella misura in cui basate tale trattamento sull’articolo 6, paragrafo 1, lettera e) o f), del GDPR. L’opposizione riguarda i dati che vi ho fornito, i contenuti che ho pubblicato sui vostri servizi e i dati che mi riguardano ottenuti da terzi.

Modello o prodotto di IA interessato: {{aiSystem}}

I motivi connessi alla mia situazione particolare sono i seguenti:

{{grounds}}

Ai sensi dell’articolo 21, paragrafo 1, del GDPR, dovete astenervi dal trattare ulteriormente i miei dati personali per tali finalità, salvo che dimostriate l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, diritti e libertà, oppure che il trattamento serva per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria. Qualora basiate invece tale trattamento sul mio consenso, vogliate considerare la presente lettera come revoca di tale consenso ai sensi dell’articolo 7, paragrafo 3, del GDPR.

In attesa della verifica in merito all’eventuale prevalenza dei vostri motivi legittimi rispetto ai miei, chiedo la limitazione del trattamento dei miei dati personali ai sensi dell’articolo 18, paragrafo 1, lettera d), del GDPR. Una volta accolta la mia opposizione, chiedo la cancellazione dei dati personali interessati ai sensi dell’articolo 17, paragrafo 1, lettera c), del GDPR.

Vi chiedo di confermarmi che i miei dati personali non saranno trattati per tali finalità oppure, se intendete proseguire il trattamento, di indicarmi i motivi legittimi cogenti che invocate. Ai sensi dell’articolo 12, paragrafo 3, del GDPR, dovete fornirmi le informazioni relative all’azione intrapresa senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della presente richiesta; calcolato dalla data della presente lettera, il termine scade il {{responseDue}}. Se non ottemperate alla mia richiesta, l’articolo 12, paragrafo 4, del GDPR vi obbliga a informarmi, entro lo stesso termine, dei motivi dell’inottemperanza e della possibilità di proporre reclamo a un’autorità di controllo e di proporre ricorso giurisdizionale.

Distinti saluti,

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Revoca del consenso ai sensi dell’articolo 7, paragrafo 3, del GDPR**

${REF}

Gentili Signori,

ai sensi dell’articolo 7, paragrafo 3, del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), revoco il mio consenso al trattamento dei miei dati personali per quanto segue: {{consentScope}}

L’articolo 7, paragrafo 3, del GDPR mi riconosce il diritto di revocare il consenso in qualsiasi momento e prevede che il consenso sia revocato con la stessa facilità con cui è accordato. Vi chiedo di cessare ogni trattamento basato su tale consenso e di confermarmelo per iscritto. Nella misura in cui trattiate tali dati anche per finalità di marketing diretto, mi oppongo a tale trattamento ai sensi dell’articolo 21, paragrafo 2, del GDPR.

Chiedo inoltre, ai sensi dell’articolo 17, paragrafo 1, lettera b), del GDPR, la cancellazione dei dati personali trattati sulla base di tale consenso, se non sussiste altro fondamento giuridico per il trattamento; se invocate un altro fondamento giuridico, vi prego di indicarmelo.

Distinti saluti,

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Sollecito: la mia opposizione del {{sentDate}} ai sensi dell’articolo 21 del GDPR**

${REF}

Gentili Signori,

il {{sentDate}} vi ho inviato un’opposizione ai sensi dell’articolo 21 del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»). Ai sensi dell’articolo 12, paragrafo 3, del GDPR, dovevate fornirmi le informazioni relative all’azione intrapresa senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento; calcolato dal giorno dell’invio, il termine è scaduto il {{dueDate}}. Non ho ricevuto né tali informazioni né alcuna comunicazione di proroga del termine.

Se non intendevate dare seguito alla mia opposizione, l’articolo 12, paragrafo 4, del GDPR vi obbligava a informarmi, entro lo stesso termine, dei motivi dell’inottemperanza e della possibilità di proporre reclamo a un’autorità di controllo e di proporre ricorso giurisdizionale.

Vi invito a dare seguito alla mia opposizione e a confermarmelo senza ulteriore ritardo. In mancanza, proporrò reclamo a un’autorità di controllo ai sensi dell’articolo 77 del GDPR.

Distinti saluti,

{{name}}
`,
  complaint: `${SENDER_BLOCK}

Spett.le {{authority}}

**Reclamo ai sensi dell’articolo 77 del GDPR nei confronti di {{controller}}**

Gentili Signori,

ai sensi dell’articolo 77, paragrafo 1, del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), propongo reclamo nei confronti di {{controller}}. Ritengo che il trattamento dei miei dati personali da parte di tale società violi il GDPR, in particolare perché essa non ha dato seguito alla mia opposizione ai sensi dell’articolo 21 del GDPR nel modo richiesto dall’articolo 12 del GDPR.

I fatti:

- Il {{sentDate}} ho inviato a {{controller}} un’opposizione ai sensi dell’articolo 21 del GDPR (copia allegata).
- Ai sensi dell’articolo 12, paragrafo 3, del GDPR, la società doveva fornirmi le informazioni relative all’azione intrapresa entro un mese dal ricevimento; calcolato dal giorno dell’invio, il termine è scaduto il {{dueDate}}.
- {{facts}}

Vi chiedo di esaminare il presente reclamo, di adottare le misure a vostra disposizione affinché la mia opposizione sia rispettata e di informarmi dello stato o dell’esito del reclamo, come previsto dall’articolo 77, paragrafo 2, del GDPR.

Distinti saluti,

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**La vostra risposta alla mia opposizione del {{sentDate}} ai sensi dell’articolo 21 del GDPR: il vostro modulo online**

${REF}

Gentili Signori,

il {{sentDate}} mi sono opposto/a, ai sensi dell’articolo 21 del Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), al trattamento dei miei dati personali, {{channel}}. Mi avete risposto che l’opposizione può essere esercitata soltanto tramite il vostro modulo online.

Non posso accettarlo. L’articolo 21 del GDPR non prescrive alcuna forma per l’opposizione, e l’articolo 12, paragrafo 2, del GDPR vi impone di agevolare l’esercizio dei miei diritti ai sensi degli articoli da 15 a 22 del GDPR, non di ostacolarlo. La mia opposizione vi è pervenuta con il mezzo sopra indicato, e il termine di cui all’articolo 12, paragrafo 3, del GDPR decorre dal suo ricevimento: dovete fornirmi le informazioni relative all’azione intrapresa senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento. Calcolato dal giorno dell’invio, il termine scade il {{dueDate}}.

Vi chiedo di dare seguito alla mia opposizione così come l’ho presentata e di confermarmelo. Nulla vi impedisce di registrarla voi stessi nel vostro sistema.

Distinti saluti,

{{name}}
`,
});
