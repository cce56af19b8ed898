// EU GDPR letters in Spanish. Legal terms follow the Spanish text of the RGPD
// (derecho de oposición, situación particular, motivos legítimos imperiosos, mercadotecnia directa, autoridad de control).
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'A la atención de: {{controller}}';
const REF = 'Referencia de cliente o cuenta: {{reference}}';

export const EU_ES = euLetters('es', {
  object: `${SENDER_BLOCK}

${TO}

**Oposición con arreglo al artículo 21, apartado 1, del RGPD**

${REF}

Estimados señores:

Con arreglo al artículo 21, apartado 1, del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD), me opongo al tratamiento de mis datos personales que ustedes basan en el artículo 6, apartado 1, letras e) o f), del RGPD, incluida la elaboración de perfiles sobre la base de dichas disposiciones.

Mi oposición se refiere en particular a: {{processing}}

Los motivos relacionados con mi situación particular son los siguientes:

{{grounds}}

De conformidad con el artículo 21, apartado 1, del RGPD, ustedes deben dejar de tratar mis datos personales, salvo que acrediten motivos legítimos imperiosos para el tratamiento que prevalezcan sobre mis intereses, derechos y libertades, o para la formulación, el ejercicio o la defensa de reclamaciones.

Mientras se verifica si sus motivos legítimos prevalecen sobre los míos, solicito la limitación del tratamiento de mis datos personales con arreglo al artículo 18, apartado 1, letra d), del RGPD. Una vez estimada mi oposición, solicito la supresión de los datos personales afectados con arreglo al artículo 17, apartado 1, letra c), del RGPD.

Les ruego que me confirmen que han cesado este tratamiento o, si pretenden continuarlo, que me expongan los motivos legítimos imperiosos que invocan. Con arreglo al artículo 12, apartado 3, del RGPD, deben facilitarme información relativa a sus actuaciones sin dilación indebida y, en cualquier caso, en el plazo de un mes a partir de la recepción de esta solicitud; contado desde la fecha de esta carta, el plazo vence el {{responseDue}}. Si no dan curso a mi solicitud, el artículo 12, apartado 4, del RGPD les obliga a informarme, en el mismo plazo, de las razones de su no actuación y de la posibilidad de presentar una reclamación ante una autoridad de control y de ejercitar acciones judiciales.

Atentamente,

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Oposición a la mercadotecnia directa con arreglo al artículo 21, apartado 2, del RGPD**

${REF}

Estimados señores:

Con arreglo al artículo 21, apartado 2, del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD), me opongo al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles en la medida en que esté relacionada con dicha mercadotecnia.

De conformidad con el artículo 21, apartado 3, del RGPD, mis datos personales dejarán de ser tratados para dichos fines. El artículo 21, apartado 2, del RGPD no me exige motivar esta oposición.

Les ruego que me confirmen que han dejado de tratar mis datos personales con fines de mercadotecnia directa. Con arreglo al artículo 12, apartado 3, del RGPD, deben facilitarme información relativa a sus actuaciones sin dilación indebida y, en cualquier caso, en el plazo de un mes a partir de la recepción de esta solicitud; contado desde la fecha de esta carta, el plazo vence el {{responseDue}}.

Atentamente,

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Oposición con arreglo al artículo 21, apartado 1, del RGPD al uso de mis datos personales para entrenar modelos de IA**

${REF}

Estimados señores:

Con arreglo al artículo 21, apartado 1, del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD), me opongo al tratamiento de mis datos personales para desarrollar, entrenar, ajustar o mejorar de cualquier otro modo modelos y sistemas de inteligencia artificial, en la medida en que ustedes basen dicho tratamiento en el artículo 6, apartado 1, letras e) o f), del RGPD. Ello comprende los datos que les he facilitado, los contenidos que he publicado en sus servicios y los datos sobre mí que hayan obtenido de terceros.

Modelo o producto de IA afectado: {{aiSystem}}

Los motivos relacionados con mi situación particular son los siguientes:

{{grounds}}

De conformidad con el artículo 21, apartado 1, del RGPD, ustedes deben dejar de tratar mis datos personales para estos fines, salvo que acrediten motivos legítimos imperiosos para el tratamiento que prevalezcan sobre mis intereses, derechos y libertades, o para la formulación, el ejercicio o la defensa de reclamaciones. Si, en cambio, basan este tratamiento en mi consentimiento, les ruego que consideren esta carta como la retirada de dicho consentimiento con arreglo al artículo 7, apartado 3, del RGPD.

Mientras se verifica si sus motivos legítimos prevalecen sobre los míos, solicito la limitación del tratamiento de mis datos personales con arreglo al artículo 18, apartado 1, letra d), del RGPD. Una vez estimada mi oposición, solicito la supresión de los datos personales afectados con arreglo al artículo 17, apartado 1, letra c), del RGPD.

Les ruego que me confirmen que mis datos personales no serán tratados para estos fines o, si pretenden continuar el tratamiento, que me expongan los motivos legítimos imperiosos que invocan. Con arreglo al artículo 12, apartado 3, del RGPD, deben facilitarme información relativa a sus actuaciones sin dilación indebida y, en cualquier caso, en el plazo de un mes a partir de la recepción de esta solicitud; contado desde la fecha de esta carta, el plazo vence el {{responseDue}}. Si no dan curso a mi solicitud, el artículo 12, apartado 4, del RGPD les obliga a informarme, en el mismo plazo, de las razones de su no actuación y de la posibilidad de presentar una reclamación ante una autoridad de control y de ejercitar acciones judiciales.

Atentamente,

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Retirada de mi consentimiento con arreglo al artículo 7, apartado 3, del RGPD**

${REF}

Estimados señores:

Con arreglo al artículo 7, apartado 3, del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD), retiro mi consentimiento al tratamiento de mis datos personales para lo siguiente: {{consentScope}}

El artículo 7, apartado 3, del RGPD me reconoce el derecho a retirar mi consentimiento en cualquier momento y dispone que será tan fácil retirar el consentimiento como darlo. Les ruego que cesen todo tratamiento basado en este consentimiento y que me lo confirmen por escrito. En la medida en que traten también estos datos con fines de mercadotecnia directa, me opongo a dicho tratamiento con arreglo al artículo 21, apartado 2, del RGPD.

Asimismo, con arreglo al artículo 17, apartado 1, letra b), del RGPD, solicito la supresión de los datos personales tratados sobre la base de este consentimiento, en la medida en que el tratamiento no se base en otro fundamento jurídico; si invocan otro fundamento jurídico, les ruego que me lo indiquen.

Atentamente,

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Recordatorio: mi oposición de {{sentDate}} con arreglo al artículo 21 del RGPD**

${REF}

Estimados señores:

El {{sentDate}} les remití una oposición con arreglo al artículo 21 del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD). Con arreglo al artículo 12, apartado 3, del RGPD, debían facilitarme información relativa a sus actuaciones sin dilación indebida y, en cualquier caso, en el plazo de un mes a partir de su recepción; contado desde el día del envío, ese plazo venció el {{dueDate}}. No he recibido dicha información ni aviso alguno de prórroga del plazo.

Si no tenían intención de dar curso a mi oposición, el artículo 12, apartado 4, del RGPD les obligaba a informarme, en el mismo plazo, de las razones de su no actuación y de la posibilidad de presentar una reclamación ante una autoridad de control y de ejercitar acciones judiciales.

Les requiero para que den curso a mi oposición y me lo confirmen sin más demora. En caso contrario, presentaré una reclamación ante una autoridad de control con arreglo al artículo 77 del RGPD.

Atentamente,

{{name}}
`,
  complaint: `${SENDER_BLOCK}

A la atención de: {{authority}}

**Reclamación con arreglo al artículo 77 del RGPD contra {{controller}}**

Estimados señores:

Con arreglo al artículo 77, apartado 1, del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD), presento una reclamación contra {{controller}}. Considero que el tratamiento de mis datos personales por parte de esta empresa infringe el RGPD, en particular porque no ha atendido mi oposición con arreglo al artículo 21 del RGPD en la forma que exige el artículo 12 del RGPD.

Hechos:

- El {{sentDate}} remití a {{controller}} una oposición con arreglo al artículo 21 del RGPD (se adjunta copia).
- Con arreglo al artículo 12, apartado 3, del RGPD, la empresa debía facilitarme información relativa a sus actuaciones en el plazo de un mes a partir de su recepción; contado desde el día del envío, ese plazo venció el {{dueDate}}.
- {{facts}}

Solicito que examinen esta reclamación, que adopten las medidas a su alcance para que se respete mi oposición y que me informen sobre el curso y el resultado de la reclamación, conforme al artículo 77, apartado 2, del RGPD.

Atentamente,

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**Su respuesta a mi oposición de {{sentDate}} con arreglo al artículo 21 del RGPD: su formulario web**

${REF}

Estimados señores:

El {{sentDate}} me opuse, con arreglo al artículo 21 del Reglamento (UE) 2016/679 (Reglamento general de protección de datos, RGPD), al tratamiento de mis datos personales, {{channel}}. Ustedes me respondieron que la oposición solo puede ejercerse a través de su formulario web.

No puedo aceptarlo. El artículo 21 del RGPD no exige forma alguna para la oposición, y el artículo 12, apartado 2, del RGPD les obliga a facilitarme el ejercicio de mis derechos en virtud de los artículos 15 a 22 del RGPD, no a dificultarlo. Mi oposición les ha llegado por el medio indicado, y el plazo del artículo 12, apartado 3, del RGPD corre desde su recepción: deben facilitarme información relativa a sus actuaciones sin dilación indebida y, en cualquier caso, en el plazo de un mes a partir de la recepción. Contado desde el día del envío, ese plazo vence el {{dueDate}}.

Les ruego que tramiten mi oposición tal como la presenté y que me lo confirmen. Nada les impide registrarla ustedes mismos en su propio sistema.

Atentamente,

{{name}}
`,
});
