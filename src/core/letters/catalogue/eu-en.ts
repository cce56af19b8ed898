// EU GDPR letters in English. Wording follows the English text of Regulation (EU) 2016/679.
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'To: {{controller}}';
const REF = 'Customer or account reference: {{reference}}';

export const EU_EN = euLetters('en', {
  object: `${SENDER_BLOCK}

${TO}

**Objection under Article 21(1) GDPR**

${REF}

Dear Sir or Madam,

Under Article 21(1) of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR), I object to the processing of my personal data that you carry out on the basis of point (e) or (f) of Article 6(1) GDPR, including profiling based on those provisions.

This objection concerns in particular: {{processing}}

My grounds, relating to my particular situation, are as follows:

{{grounds}}

Under Article 21(1) GDPR you may no longer process my personal data unless you demonstrate compelling legitimate grounds for the processing which override my interests, rights and freedoms, or the processing is for the establishment, exercise or defence of legal claims.

Until it has been verified whether your legitimate grounds override mine, I request that you restrict the processing of my personal data under Article 18(1)(d) GDPR. Once my objection is upheld, I request that you erase the personal data concerned under Article 17(1)(c) GDPR.

Please confirm that you have stopped this processing or, if you intend to continue it, set out the compelling legitimate grounds you rely on. Under Article 12(3) GDPR you must provide me with information on the action taken without undue delay and in any event within one month of receipt of this request; counted from the date of this letter, that is {{responseDue}}. If you do not take action on my request, Article 12(4) GDPR requires you to inform me within the same period of the reasons and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy.

Yours faithfully,

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Objection to direct marketing under Article 21(2) GDPR**

${REF}

Dear Sir or Madam,

Under Article 21(2) of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR), I object to the processing of my personal data for direct marketing purposes, including profiling to the extent that it is related to such direct marketing.

Under Article 21(3) GDPR my personal data shall then no longer be processed for such purposes. Article 21(2) GDPR does not require me to give reasons.

Please confirm that you have stopped processing my personal data for direct marketing. Under Article 12(3) GDPR you must provide me with information on the action taken without undue delay and in any event within one month of receipt of this request; counted from the date of this letter, that is {{responseDue}}.

Yours faithfully,

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Objection under Article 21(1) GDPR to the use of my personal data for training AI models**

${REF}

Dear Sir or Madam,

Under Article 21(1) of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR), I object to the processing of my personal data for developing, training, fine-tuning or otherwise improving artificial intelligence models and systems, in so far as you base that processing on point (e) or (f) of Article 6(1) GDPR. This covers data I have provided to you, content I have published on your services and data about me that you have obtained from others.

AI model or product concerned: {{aiSystem}}

My grounds, relating to my particular situation, are as follows:

{{grounds}}

Under Article 21(1) GDPR you may no longer process my personal data for these purposes unless you demonstrate compelling legitimate grounds for the processing which override my interests, rights and freedoms, or the processing is for the establishment, exercise or defence of legal claims. If you rely on my consent for this processing instead, please treat this letter as the withdrawal of that consent under Article 7(3) GDPR.

Until it has been verified whether your legitimate grounds override mine, I request that you restrict the processing of my personal data under Article 18(1)(d) GDPR. Once my objection is upheld, I request that you erase the personal data concerned under Article 17(1)(c) GDPR.

Please confirm that my personal data will not be processed for these purposes or, if you intend to continue, set out the compelling legitimate grounds you rely on. Under Article 12(3) GDPR you must provide me with information on the action taken without undue delay and in any event within one month of receipt of this request; counted from the date of this letter, that is {{responseDue}}. If you do not take action on my request, Article 12(4) GDPR requires you to inform me within the same period of the reasons and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy.

Yours faithfully,

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Withdrawal of consent under Article 7(3) GDPR**

${REF}

Dear Sir or Madam,

Under Article 7(3) of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR), I withdraw my consent to the processing of my personal data for the following: {{consentScope}}

Article 7(3) GDPR entitles me to withdraw my consent at any time and provides that it shall be as easy to withdraw as to give consent. Please stop all processing based on this consent and confirm to me in writing that you have done so. In so far as you also process these data for direct marketing purposes, I object to that processing under Article 21(2) GDPR.

I also request that you erase the personal data processed on the basis of this consent under Article 17(1)(b) GDPR, where there is no other legal ground for the processing; if you rely on another legal ground, please tell me which.

Yours faithfully,

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Reminder: my objection of {{sentDate}} under Article 21 GDPR**

${REF}

Dear Sir or Madam,

On {{sentDate}} I sent you an objection under Article 21 of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR). Under Article 12(3) GDPR you had to provide me with information on the action taken without undue delay and in any event within one month of receipt; counted from the day I sent it, that period ended on {{dueDate}}. I have received neither that information nor a notice extending the period.

If you did not intend to act on my objection, Article 12(4) GDPR required you to inform me within the same period of the reasons and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy.

I ask you to act on my objection now and to confirm this to me without further delay. Otherwise I will lodge a complaint with a supervisory authority under Article 77 GDPR.

Yours faithfully,

{{name}}
`,
  complaint: `${SENDER_BLOCK}

To: {{authority}}

**Complaint under Article 77 GDPR against {{controller}}**

Dear Sir or Madam,

Under Article 77(1) of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR), I lodge a complaint against {{controller}}. I consider that its processing of my personal data infringes the GDPR, in particular because it has not dealt with my objection under Article 21 GDPR as Article 12 GDPR requires.

The facts:

- On {{sentDate}} I sent {{controller}} an objection under Article 21 GDPR (a copy is attached).
- Under Article 12(3) GDPR it had to provide me with information on the action taken within one month of receipt; counted from the day I sent the objection, that period ended on {{dueDate}}.
- {{facts}}

I ask you to examine this complaint, to take the measures available to you so that my objection is respected, and to inform me of the progress and the outcome of the complaint, as Article 77(2) GDPR provides.

Yours faithfully,

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**Your reply to my objection of {{sentDate}} under Article 21 GDPR: your web form**

${REF}

Dear Sir or Madam,

On {{sentDate}} I objected under Article 21 of Regulation (EU) 2016/679 (General Data Protection Regulation, GDPR) to the processing of my personal data, {{channel}}. You replied that objections can only be made through your web form.

I do not accept that. Article 21 GDPR does not prescribe any form for an objection, and Article 12(2) GDPR obliges you to facilitate the exercise of my rights under Articles 15 to 22 GDPR, not to make it harder. My objection has reached you by the means stated above, and the period under Article 12(3) GDPR runs from its receipt: you must provide me with information on the action taken without undue delay and in any event within one month of receipt. Counted from the day I sent it, that period ends on {{dueDate}}.

Please process my objection as submitted and confirm this to me. You are free to enter it into your own system yourselves.

Yours faithfully,

{{name}}
`,
});
