// EU GDPR letters in French. Legal terms follow the French text of the RGPD
// (droit d'opposition, situation particulière, motifs légitimes et impérieux, prospection, autorité de contrôle).
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'À l’attention de : {{controller}}';
const REF = 'Référence client ou compte : {{reference}}';

export const EU_FR = euLetters('fr', {
  object: `${SENDER_BLOCK}

${TO}

**Opposition au titre de l’article 21, paragraphe 1, du RGPD**

${REF}

Madame, Monsieur,

Conformément à l’article 21, paragraphe 1, du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD), je m’oppose au traitement de mes données à caractère personnel que vous fondez sur l’article 6, paragraphe 1, point e) ou f), du RGPD, y compris au profilage fondé sur ces dispositions.

Mon opposition vise en particulier : {{processing}}

Les raisons tenant à ma situation particulière sont les suivantes :

{{grounds}}

En vertu de l’article 21, paragraphe 1, du RGPD, vous ne pouvez plus traiter mes données à caractère personnel, à moins que vous ne démontriez qu’il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts et mes droits et libertés, ou que le traitement ne serve à la constatation, à l’exercice ou à la défense de droits en justice.

Pendant la vérification portant sur le point de savoir si vos motifs légitimes prévalent sur les miens, je demande la limitation du traitement de mes données à caractère personnel en vertu de l’article 18, paragraphe 1, point d), du RGPD. Dès que mon opposition sera accueillie, je demande l’effacement des données à caractère personnel concernées en vertu de l’article 17, paragraphe 1, point c), du RGPD.

Je vous prie de me confirmer que vous avez cessé ce traitement ou, si vous entendez le poursuivre, de m’exposer les motifs légitimes et impérieux que vous invoquez. Conformément à l’article 12, paragraphe 3, du RGPD, vous devez me fournir des informations sur les mesures prises dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la présente demande ; compté à partir de la date de la présente lettre, ce délai expire le {{responseDue}}. Si vous ne donnez pas suite à ma demande, l’article 12, paragraphe 4, du RGPD vous oblige à m’informer, dans le même délai, des motifs de votre inaction et de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Opposition à la prospection au titre de l’article 21, paragraphe 2, du RGPD**

${REF}

Madame, Monsieur,

Conformément à l’article 21, paragraphe 2, du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD), je m’oppose au traitement de mes données à caractère personnel à des fins de prospection, y compris au profilage dans la mesure où il est lié à une telle prospection.

En vertu de l’article 21, paragraphe 3, du RGPD, mes données à caractère personnel ne doivent plus être traitées à ces fins. L’article 21, paragraphe 2, du RGPD ne m’impose pas de motiver cette opposition.

Je vous prie de me confirmer que vous avez cessé de traiter mes données à caractère personnel à des fins de prospection. Conformément à l’article 12, paragraphe 3, du RGPD, vous devez me fournir des informations sur les mesures prises dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la présente demande ; compté à partir de la date de la présente lettre, ce délai expire le {{responseDue}}.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Opposition au titre de l’article 21, paragraphe 1, du RGPD à l’utilisation de mes données pour l’entraînement de modèles d’IA**

${REF}

Madame, Monsieur,

Conformément à l’article 21, paragraphe 1, du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD), je m’oppose au traitement de mes données à caractère personnel aux fins du développement, de l’entraînement, de l’ajustement ou de toute autre amélioration de modèles et de systèmes d’intelligence artificielle, dans la mesure où vous fondez ce traitement sur l’article 6, paragraphe 1, point e) ou f), du RGPD. Sont visées les données que je vous ai fournies, les contenus que j’ai publiés sur vos services et les données me concernant que vous avez obtenues auprès de tiers.

Modèle ou produit d’IA concerné : {{aiSystem}}

Les raisons tenant à ma situation particulière sont les suivantes :

{{grounds}}

En vertu de l’article 21, paragraphe 1, du RGPD, vous ne pouvez plus traiter mes données à caractère personnel à ces fins, à moins que vous ne démontriez qu’il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts et mes droits et libertés, ou que le traitement ne serve à la constatation, à l’exercice ou à la défense de droits en justice. Si vous fondez au contraire ce traitement sur mon consentement, la présente lettre vaut retrait de ce consentement conformément à l’article 7, paragraphe 3, du RGPD.

Pendant la vérification portant sur le point de savoir si vos motifs légitimes prévalent sur les miens, je demande la limitation du traitement de mes données à caractère personnel en vertu de l’article 18, paragraphe 1, point d), du RGPD. Dès que mon opposition sera accueillie, je demande l’effacement des données à caractère personnel concernées en vertu de l’article 17, paragraphe 1, point c), du RGPD.

Je vous prie de me confirmer que mes données à caractère personnel ne seront pas traitées à ces fins ou, si vous entendez poursuivre ce traitement, de m’exposer les motifs légitimes et impérieux que vous invoquez. Conformément à l’article 12, paragraphe 3, du RGPD, vous devez me fournir des informations sur les mesures prises dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception de la présente demande ; compté à partir de la date de la présente lettre, ce délai expire le {{responseDue}}. Si vous ne donnez pas suite à ma demande, l’article 12, paragraphe 4, du RGPD vous oblige à m’informer, dans le même délai, des motifs de votre inaction et de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Retrait de mon consentement au titre de l’article 7, paragraphe 3, du RGPD**

${REF}

Madame, Monsieur,

Conformément à l’article 7, paragraphe 3, du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD), je retire mon consentement au traitement de mes données à caractère personnel pour ce qui suit : {{consentScope}}

L’article 7, paragraphe 3, du RGPD me donne le droit de retirer mon consentement à tout moment et prévoit qu’il est aussi simple de retirer que de donner son consentement. Je vous prie de cesser tout traitement fondé sur ce consentement et de me le confirmer par écrit. Dans la mesure où vous traitez également ces données à des fins de prospection, je m’oppose à ce traitement conformément à l’article 21, paragraphe 2, du RGPD.

Je demande en outre, en vertu de l’article 17, paragraphe 1, point b), du RGPD, l’effacement des données à caractère personnel traitées sur la base de ce consentement, dès lors qu’il n’existe pas d’autre fondement juridique au traitement ; si vous invoquez un autre fondement juridique, je vous prie de me l’indiquer.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Relance : mon opposition du {{sentDate}} au titre de l’article 21 du RGPD**

${REF}

Madame, Monsieur,

Le {{sentDate}}, je vous ai adressé une opposition au titre de l’article 21 du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD). Conformément à l’article 12, paragraphe 3, du RGPD, vous deviez me fournir des informations sur les mesures prises dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de sa réception ; compté à partir du jour de l’envoi, ce délai a expiré le {{dueDate}}. Je n’ai reçu ni ces informations ni l’annonce d’une prolongation du délai.

Si vous n’entendiez pas donner suite à mon opposition, l’article 12, paragraphe 4, du RGPD vous obligeait à m’informer, dans le même délai, des motifs de votre inaction et de la possibilité d’introduire une réclamation auprès d’une autorité de contrôle et de former un recours juridictionnel.

Je vous demande de donner suite à mon opposition et de me le confirmer sans plus tarder. À défaut, j’introduirai une réclamation auprès d’une autorité de contrôle conformément à l’article 77 du RGPD.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
  complaint: `${SENDER_BLOCK}

À l’attention de : {{authority}}

**Réclamation au titre de l’article 77 du RGPD contre {{controller}}**

Madame, Monsieur,

Conformément à l’article 77, paragraphe 1, du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD), j’introduis une réclamation contre {{controller}}. J’estime que le traitement de mes données à caractère personnel par cette entreprise constitue une violation du RGPD, notamment parce qu’elle n’a pas traité mon opposition au titre de l’article 21 du RGPD comme l’exige l’article 12 du RGPD.

Les faits :

- Le {{sentDate}}, j’ai adressé à {{controller}} une opposition au titre de l’article 21 du RGPD (copie jointe).
- Conformément à l’article 12, paragraphe 3, du RGPD, l’entreprise devait me fournir des informations sur les mesures prises dans un délai d’un mois à compter de sa réception ; compté à partir du jour de l’envoi, ce délai a expiré le {{dueDate}}.
- {{facts}}

Je vous prie d’examiner cette réclamation, de prendre les mesures à votre disposition afin que mon opposition soit respectée et de m’informer de l’état d’avancement et de l’issue de la réclamation, comme le prévoit l’article 77, paragraphe 2, du RGPD.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**Votre réponse à mon opposition du {{sentDate}} au titre de l’article 21 du RGPD : votre formulaire en ligne**

${REF}

Madame, Monsieur,

Le {{sentDate}}, je me suis opposé(e), au titre de l’article 21 du règlement (UE) 2016/679 (règlement général sur la protection des données, RGPD), au traitement de mes données à caractère personnel, {{channel}}. Vous m’avez répondu qu’une opposition ne pouvait être formée qu’au moyen de votre formulaire en ligne.

Je ne puis l’accepter. L’article 21 du RGPD ne prescrit aucune forme pour l’opposition, et l’article 12, paragraphe 2, du RGPD vous impose de faciliter l’exercice des droits que me confèrent les articles 15 à 22 du RGPD, et non de le rendre plus difficile. Mon opposition vous est parvenue par le moyen indiqué ci-dessus, et le délai prévu à l’article 12, paragraphe 3, du RGPD court à compter de sa réception : vous devez me fournir des informations sur les mesures prises dans les meilleurs délais et en tout état de cause dans un délai d’un mois à compter de la réception. Compté à partir du jour de l’envoi, ce délai expire le {{dueDate}}.

Je vous prie de traiter mon opposition telle que je l’ai formée et de me le confirmer. Rien ne vous empêche de la saisir vous-mêmes dans votre propre système.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

{{name}}
`,
});
