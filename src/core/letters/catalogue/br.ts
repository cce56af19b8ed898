// Brazil (LGPD) letters in Portuguese and English. No response date is computed: art. 18 § 5º
// leaves deadlines to a regulation that, per the sources read, had not been issued.
import type { Language, LetterDefinition, LetterKind, Placeholder } from '../schema';
import { SENDER_BLOCK } from './eu';
import { F, relabel, required } from './fields';

const SENDER = [F.name, F.postalAddress, F.email, F.date];
const BREACH = relabel(F.grounds, 'how the processing breaches the LGPD');

interface BrSpec {
  idStem: string;
  kind: LetterKind;
  title: string;
  citations: string[];
  placeholders: Placeholder[];
  notes: string[];
}

const SPECS: Record<'object' | 'revoke' | 'petition', BrSpec> = {
  object: {
    idStem: 'br-lgpd-18-2',
    kind: 'object-legitimate-interests',
    title: 'LGPD art. 18 § 2º: objection to processing without consent, for non-compliance with the Law',
    citations: ['br-lgpd', 'br-lgpd-18-2', 'br-lgpd-18-3-5'],
    placeholders: [...SENDER, F.controller, F.reference, F.processing, BREACH],
    notes: [
      'Under art. 18 § 2º an objection to processing based on a ground other than consent (for example legitimate interest) is tied to non-compliance with the LGPD: say what the company does wrong.',
      'No response deadline is computed: art. 18 § 5º refers to a regulation not yet issued according to the sources read.',
    ],
  },
  revoke: {
    idStem: 'br-lgpd-18-9',
    kind: 'withdraw-consent',
    title: 'LGPD art. 18, IX: revocation of consent',
    citations: ['br-lgpd', 'br-lgpd-18-9', 'br-lgpd-18-6', 'br-lgpd-18-3-5'],
    placeholders: [...SENDER, F.controller, F.reference, F.consentScope],
    notes: [
      'No response deadline is computed: art. 18 § 5º refers to a regulation not yet issued according to the sources read.',
      'Revocation alone leaves earlier processing valid (art. 8 § 5º), so the letter also requests elimination under art. 18, VI.',
    ],
  },
  petition: {
    idStem: 'br-anpd-18-1',
    kind: 'complaint',
    title: 'LGPD art. 18 § 1º: petition to the national authority (ANPD) against a controller',
    citations: ['br-lgpd', 'br-lgpd-18-1', 'br-lgpd-18-3-5'],
    placeholders: [...SENDER, F.controller, F.sentDate, required(F.facts)],
    notes: [
      'Since 8 July 2024 the ANPD takes petitions only through the gov.br service "Abrir requerimento relacionado à LGPD" (log in with GOV.BR, choose "Petição", paste this text and attach your earlier request): https://gov.br/anpd/pt-br/canais_atendimento/cidadao-titular-de-dados/peticao-de-titular-contra-controlador-de-dados/reclamacao. Petitions cannot be anonymous, and the ANPD may share their content with the company.',
      'Ask the company first (your request under art. 18 § 3º); the ANPD takes a petition when that request was refused or left unanswered. Art. 18 § 8º also allows petitions before consumer-protection bodies.',
    ],
  },
};

function brLetters(language: Language, bodies: Record<keyof typeof SPECS, string>): LetterDefinition[] {
  return (Object.keys(SPECS) as (keyof typeof SPECS)[]).map((key) => ({
    id: `${SPECS[key].idStem}-${language}`,
    jurisdiction: 'br-lgpd',
    kind: SPECS[key].kind,
    language,
    title: SPECS[key].title,
    citations: SPECS[key].citations,
    placeholders: SPECS[key].placeholders,
    computed: [],
    body: bodies[key],
    notes: SPECS[key].notes,
  }));
}

const BR_PT = brLetters('pt', {
  object: `${SENDER_BLOCK}

A: {{controller}}

**Oposição ao tratamento de dados pessoais (art. 18, § 2º, da LGPD)**

Referência de cliente ou conta: {{reference}}

Prezados Senhores,

Com fundamento no art. 18, § 2º, da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD), oponho-me ao tratamento dos meus dados pessoais que essa empresa realiza com fundamento em hipótese de dispensa de consentimento.

O tratamento a que me oponho é, em especial: {{processing}}

Esse tratamento descumpre o disposto na LGPD pelos seguintes motivos:

{{grounds}}

Solicito que cessem esse tratamento e me confirmem a providência adotada. Caso não possam adotá-la de imediato, peço que me informem as razões de fato ou de direito que o impedem, conforme o art. 18, § 4º, da LGPD.

Esta solicitação constitui requerimento expresso nos termos do art. 18, § 3º, da LGPD e deve ser atendida sem custos, nos prazos e nos termos previstos em regulamento (art. 18, § 5º).

Atenciosamente,

{{name}}
`,
  revoke: `${SENDER_BLOCK}

A: {{controller}}

**Revogação do consentimento (art. 18, IX, da LGPD)**

Referência de cliente ou conta: {{reference}}

Prezados Senhores,

Com fundamento no art. 18, inciso IX, da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD), e nos termos do § 5º do art. 8º da mesma Lei, revogo o consentimento que dei para o tratamento dos meus dados pessoais referente a: {{consentScope}}

Solicito que cessem todo tratamento fundado nesse consentimento e me confirmem por escrito a providência adotada.

Requeiro ainda, com fundamento no art. 18, inciso VI, da LGPD, a eliminação dos dados pessoais tratados com o meu consentimento, exceto nas hipóteses previstas no art. 16 da mesma Lei. Nos termos do § 5º do art. 8º, os tratamentos realizados sob amparo do consentimento anterior ficam ratificados enquanto não houver requerimento de eliminação; este é esse requerimento.

Esta solicitação constitui requerimento expresso nos termos do art. 18, § 3º, da LGPD e deve ser atendida sem custos, nos prazos e nos termos previstos em regulamento (art. 18, § 5º).

Atenciosamente,

{{name}}
`,
  petition: `${SENDER_BLOCK}

À Autoridade Nacional de Proteção de Dados (ANPD)

**Petição contra {{controller}} (art. 18, § 1º, da LGPD)**

Prezados Senhores,

Com fundamento no art. 18, § 1º, da Lei nº 13.709/2018 (Lei Geral de Proteção de Dados Pessoais – LGPD), apresento petição contra {{controller}} em relação aos meus dados pessoais.

Em {{sentDate}}, exerci meus direitos perante {{controller}} mediante requerimento expresso, nos termos do art. 18, § 3º, da LGPD (cópia anexa). Desde então:

{{facts}}

Solicito que a ANPD examine esta petição e adote as medidas cabíveis.

Atenciosamente,

{{name}}
`,
});

const BR_EN = brLetters('en', {
  object: `${SENDER_BLOCK}

To: {{controller}}

**Objection to the processing of my personal data (LGPD art. 18, § 2)**

Customer or account reference: {{reference}}

Dear Sir or Madam,

Under art. 18, § 2, of Law No. 13.709/2018 (Brazilian General Data Protection Law, LGPD), I object to the processing of my personal data that you carry out on a legal ground other than my consent.

The processing I object to is in particular: {{processing}}

This processing does not comply with the LGPD for the following reasons:

{{grounds}}

Please stop this processing and confirm to me what you have done. If you cannot do so immediately, please tell me the factual or legal reasons that prevent it, as art. 18, § 4, of the LGPD provides.

This is an express request under art. 18, § 3, of the LGPD, to be met free of charge within the time limits and on the terms laid down in regulations (art. 18, § 5).

Yours faithfully,

{{name}}
`,
  revoke: `${SENDER_BLOCK}

To: {{controller}}

**Revocation of consent (LGPD art. 18, IX)**

Customer or account reference: {{reference}}

Dear Sir or Madam,

Under art. 18, item IX, of Law No. 13.709/2018 (Brazilian General Data Protection Law, LGPD), read with art. 8, § 5, of that Law, I revoke the consent I gave to the processing of my personal data for the following: {{consentScope}}

Please stop all processing based on that consent and confirm to me in writing what you have done.

I also request, under art. 18, item VI, of the LGPD, the elimination of the personal data processed with my consent, except in the cases provided for in art. 16 of that Law. Under art. 8, § 5, processing carried out under the earlier consent remains ratified as long as no elimination has been requested; this is that request.

This is an express request under art. 18, § 3, of the LGPD, to be met free of charge within the time limits and on the terms laid down in regulations (art. 18, § 5).

Yours faithfully,

{{name}}
`,
  petition: `${SENDER_BLOCK}

To: Autoridade Nacional de Proteção de Dados (ANPD)

**Petition against {{controller}} (LGPD art. 18, § 1)**

Dear Sir or Madam,

Under art. 18, § 1, of Law No. 13.709/2018 (Brazilian General Data Protection Law, LGPD), I petition the national authority against {{controller}} concerning my personal data.

On {{sentDate}} I exercised my rights before {{controller}} by express request under art. 18, § 3, of the LGPD (copy attached). Since then:

{{facts}}

I ask the ANPD to examine this petition and take the appropriate measures.

Yours faithfully,

{{name}}
`,
});

export const BR_LETTERS: LetterDefinition[] = [...BR_PT, ...BR_EN];
