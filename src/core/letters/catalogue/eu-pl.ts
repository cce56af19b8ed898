// EU GDPR letters in Polish. Legal terms follow the Polish text of RODO
// (sprzeciw, szczególna sytuacja, ważne prawnie uzasadnione podstawy, marketing bezpośredni, organ nadzorczy).
import { euLetters, SENDER_BLOCK } from './eu';

const TO = 'Do: {{controller}}';
const REF = 'Numer klienta lub konta: {{reference}}';

export const EU_PL = euLetters('pl', {
  object: `${SENDER_BLOCK}

${TO}

**Sprzeciw na podstawie art. 21 ust. 1 RODO**

${REF}

Szanowni Państwo,

na podstawie art. 21 ust. 1 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO) wnoszę sprzeciw wobec przetwarzania moich danych osobowych, które Państwo opierają na art. 6 ust. 1 lit. e) lub f) RODO, w tym wobec profilowania na podstawie tych przepisów.

Sprzeciw dotyczy w szczególności: {{processing}}

Przyczyny związane z moją szczególną sytuacją są następujące:

{{grounds}}

Zgodnie z art. 21 ust. 1 RODO nie wolno Państwu już przetwarzać moich danych osobowych, chyba że wykażą Państwo istnienie ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec moich interesów, praw i wolności, lub podstaw do ustalenia, dochodzenia lub obrony roszczeń.

Do czasu stwierdzenia, czy prawnie uzasadnione podstawy po Państwa stronie są nadrzędne wobec podstaw mojego sprzeciwu, żądam ograniczenia przetwarzania moich danych osobowych na podstawie art. 18 ust. 1 lit. d) RODO. Po uwzględnieniu mojego sprzeciwu żądam usunięcia tych danych osobowych na podstawie art. 17 ust. 1 lit. c) RODO.

Proszę o potwierdzenie, że zaprzestali Państwo tego przetwarzania, albo – jeżeli zamierzają Państwo je kontynuować – o wskazanie ważnych prawnie uzasadnionych podstaw, na które się Państwo powołują. Zgodnie z art. 12 ust. 3 RODO są Państwo zobowiązani udzielić mi informacji o działaniach podjętych w związku z żądaniem bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od otrzymania niniejszego żądania; licząc od daty niniejszego pisma, termin ten upływa {{responseDue}}. Jeżeli nie podejmą Państwo działań w związku z moim żądaniem, art. 12 ust. 4 RODO zobowiązuje Państwa do poinformowania mnie w tym samym terminie o powodach niepodjęcia działań oraz o możliwości wniesienia skargi do organu nadzorczego i skorzystania ze środków ochrony prawnej przed sądem.

Z poważaniem

{{name}}
`,
  marketing: `${SENDER_BLOCK}

${TO}

**Sprzeciw wobec marketingu bezpośredniego na podstawie art. 21 ust. 2 RODO**

${REF}

Szanowni Państwo,

na podstawie art. 21 ust. 2 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO) wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim przetwarzanie jest związane z takim marketingiem bezpośrednim.

Zgodnie z art. 21 ust. 3 RODO moich danych osobowych nie wolno już przetwarzać do takich celów. Art. 21 ust. 2 RODO nie wymaga ode mnie uzasadnienia sprzeciwu.

Proszę o potwierdzenie, że zaprzestali Państwo przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego. Zgodnie z art. 12 ust. 3 RODO są Państwo zobowiązani udzielić mi informacji o działaniach podjętych w związku z żądaniem bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od otrzymania niniejszego żądania; licząc od daty niniejszego pisma, termin ten upływa {{responseDue}}.

Z poważaniem

{{name}}
`,
  ai: `${SENDER_BLOCK}

${TO}

**Sprzeciw na podstawie art. 21 ust. 1 RODO wobec wykorzystywania moich danych osobowych do trenowania modeli AI**

${REF}

Szanowni Państwo,

na podstawie art. 21 ust. 1 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO) wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celu opracowywania, trenowania, dostrajania lub innego ulepszania modeli i systemów sztucznej inteligencji, w zakresie, w jakim opierają Państwo to przetwarzanie na art. 6 ust. 1 lit. e) lub f) RODO. Sprzeciw obejmuje dane, które Państwu przekazałem/przekazałam, treści, które opublikowałem/opublikowałam w Państwa serwisach, oraz dane na mój temat uzyskane przez Państwa od innych podmiotów.

Model lub produkt AI, którego dotyczy sprzeciw: {{aiSystem}}

Przyczyny związane z moją szczególną sytuacją są następujące:

{{grounds}}

Zgodnie z art. 21 ust. 1 RODO nie wolno Państwu już przetwarzać moich danych osobowych do tych celów, chyba że wykażą Państwo istnienie ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec moich interesów, praw i wolności, lub podstaw do ustalenia, dochodzenia lub obrony roszczeń. Jeżeli natomiast opierają Państwo to przetwarzanie na mojej zgodzie, proszę traktować niniejsze pismo jako wycofanie tej zgody na podstawie art. 7 ust. 3 RODO.

Do czasu stwierdzenia, czy prawnie uzasadnione podstawy po Państwa stronie są nadrzędne wobec podstaw mojego sprzeciwu, żądam ograniczenia przetwarzania moich danych osobowych na podstawie art. 18 ust. 1 lit. d) RODO. Po uwzględnieniu mojego sprzeciwu żądam usunięcia tych danych osobowych na podstawie art. 17 ust. 1 lit. c) RODO.

Proszę o potwierdzenie, że moje dane osobowe nie będą przetwarzane do tych celów, albo – jeżeli zamierzają Państwo kontynuować przetwarzanie – o wskazanie ważnych prawnie uzasadnionych podstaw, na które się Państwo powołują. Zgodnie z art. 12 ust. 3 RODO są Państwo zobowiązani udzielić mi informacji o działaniach podjętych w związku z żądaniem bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od otrzymania niniejszego żądania; licząc od daty niniejszego pisma, termin ten upływa {{responseDue}}. Jeżeli nie podejmą Państwo działań w związku z moim żądaniem, art. 12 ust. 4 RODO zobowiązuje Państwa do poinformowania mnie w tym samym terminie o powodach niepodjęcia działań oraz o możliwości wniesienia skargi do organu nadzorczego i skorzystania ze środków ochrony prawnej przed sądem.

Z poważaniem

{{name}}
`,
  consent: `${SENDER_BLOCK}

${TO}

**Wycofanie zgody na podstawie art. 7 ust. 3 RODO**

${REF}

Szanowni Państwo,

na podstawie art. 7 ust. 3 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO) wycofuję zgodę na przetwarzanie moich danych osobowych w następującym zakresie: {{consentScope}}

Art. 7 ust. 3 RODO przyznaje mi prawo do wycofania zgody w dowolnym momencie i stanowi, że wycofanie zgody musi być równie łatwe jak jej wyrażenie. Proszę o zaprzestanie wszelkiego przetwarzania opartego na tej zgodzie i o pisemne potwierdzenie. W zakresie, w jakim przetwarzają Państwo te dane również na potrzeby marketingu bezpośredniego, wnoszę sprzeciw wobec takiego przetwarzania na podstawie art. 21 ust. 2 RODO.

Żądam również usunięcia danych osobowych przetwarzanych na podstawie tej zgody, na podstawie art. 17 ust. 1 lit. b) RODO, o ile nie ma innej podstawy prawnej przetwarzania; jeżeli powołują się Państwo na inną podstawę prawną, proszę o jej wskazanie.

Z poważaniem

{{name}}
`,
  reminder: `${SENDER_BLOCK}

${TO}

**Przypomnienie: mój sprzeciw z dnia {{sentDate}} na podstawie art. 21 RODO**

${REF}

Szanowni Państwo,

w dniu {{sentDate}} przesłałem/przesłałam Państwu sprzeciw na podstawie art. 21 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO). Zgodnie z art. 12 ust. 3 RODO byli Państwo zobowiązani udzielić mi informacji o działaniach podjętych w związku z żądaniem bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od jego otrzymania; licząc od dnia wysłania, termin ten upłynął {{dueDate}}. Nie otrzymałem/otrzymałam ani tych informacji, ani zawiadomienia o przedłużeniu terminu.

Jeżeli nie zamierzali Państwo podjąć działań w związku z moim sprzeciwem, art. 12 ust. 4 RODO zobowiązywał Państwa do poinformowania mnie w tym samym terminie o powodach niepodjęcia działań oraz o możliwości wniesienia skargi do organu nadzorczego i skorzystania ze środków ochrony prawnej przed sądem.

Wzywam Państwa do uwzględnienia mojego sprzeciwu i potwierdzenia tego bez dalszej zwłoki. W przeciwnym razie wniosę skargę do organu nadzorczego na podstawie art. 77 RODO.

Z poważaniem

{{name}}
`,
  complaint: `${SENDER_BLOCK}

Do: {{authority}}

**Skarga na podstawie art. 77 RODO na {{controller}}**

Szanowni Państwo,

na podstawie art. 77 ust. 1 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO) wnoszę skargę na {{controller}}. Uważam, że przetwarzanie moich danych osobowych przez to przedsiębiorstwo narusza RODO, w szczególności dlatego, że nie rozpatrzyło ono mojego sprzeciwu na podstawie art. 21 RODO w sposób wymagany przez art. 12 RODO.

Stan faktyczny:

- W dniu {{sentDate}} przesłałem/przesłałam {{controller}} sprzeciw na podstawie art. 21 RODO (kopia w załączeniu).
- Zgodnie z art. 12 ust. 3 RODO przedsiębiorstwo było zobowiązane udzielić mi informacji o działaniach podjętych w związku z żądaniem w terminie miesiąca od jego otrzymania; licząc od dnia wysłania, termin ten upłynął {{dueDate}}.
- {{facts}}

Wnoszę o rozpatrzenie niniejszej skargi, podjęcie dostępnych Państwu środków w celu zapewnienia poszanowania mojego sprzeciwu oraz informowanie mnie o postępach i skutkach rozpatrzenia skargi, zgodnie z art. 77 ust. 2 RODO.

Z poważaniem

{{name}}
`,
  webForm: `${SENDER_BLOCK}

${TO}

**Państwa odpowiedź na mój sprzeciw z dnia {{sentDate}} na podstawie art. 21 RODO: formularz internetowy**

${REF}

Szanowni Państwo,

w dniu {{sentDate}} wniosłem/wniosłam na podstawie art. 21 rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, RODO) sprzeciw wobec przetwarzania moich danych osobowych, {{channel}}. Odpowiedzieli Państwo, że sprzeciw można wnieść wyłącznie za pomocą Państwa formularza internetowego.

Nie mogę się z tym zgodzić. Art. 21 RODO nie przewiduje żadnej szczególnej formy sprzeciwu, a art. 12 ust. 2 RODO zobowiązuje Państwa do ułatwiania mi wykonywania praw wynikających z art. 15–22 RODO, a nie do jego utrudniania. Mój sprzeciw dotarł do Państwa wskazaną wyżej drogą, a termin z art. 12 ust. 3 RODO biegnie od jego otrzymania: są Państwo zobowiązani udzielić mi informacji o działaniach podjętych w związku z żądaniem bez zbędnej zwłoki, a w każdym razie w terminie miesiąca od jego otrzymania. Licząc od dnia wysłania, termin ten upływa {{dueDate}}.

Proszę o rozpatrzenie mojego sprzeciwu w formie, w jakiej go wniosłem/wniosłam, i o potwierdzenie. Nic nie stoi na przeszkodzie, aby samodzielnie wprowadzili go Państwo do swojego systemu.

Z poważaniem

{{name}}
`,
});
