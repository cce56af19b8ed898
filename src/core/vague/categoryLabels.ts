// The eight categories' names in each interface language. The hover's "Category: …" line follows
// the interface language like the rest of the hover; the English names stay in ruleSchema
// (CATEGORY_LABELS), which the command line and the policy diff print.
import type { UiLanguage } from '../language/languages';
import { CATEGORY_LABELS, type Category } from './ruleSchema';

const GERMAN: Record<Category, string> = {
  'unnamed-recipients': 'Nicht benannte Empfänger',
  'open-purposes': 'Offene oder nicht benannte Zwecke',
  'hedged-modality': 'Abschwächende Modalformulierungen',
  'open-lists': 'Offene Aufzählungen und Verallgemeinerungen',
  'vague-quantity': 'Vage Mengen- und Gradangaben',
  'vague-time': 'Vage Fristen, Speicherdauern und Bedingungen',
  'unspecific-data': 'Unbestimmte Datenangaben',
  'vague-legal-basis': 'Vage Rechtsgrundlagen',
};

const FRENCH: Record<Category, string> = {
  'unnamed-recipients': 'Destinataires non nommés',
  'open-purposes': 'Finalités ouvertes ou non nommées',
  'hedged-modality': 'Modalité atténuée',
  'open-lists': 'Listes ouvertes et généralisations',
  'vague-quantity': 'Quantité et degré vagues',
  'vague-time': 'Délais, durées de conservation et conditions vagues',
  'unspecific-data': 'Données non précisées',
  'vague-legal-basis': 'Bases juridiques vagues',
};

const LABELS: Record<UiLanguage, Record<Category, string>> = { en: CATEGORY_LABELS, de: GERMAN, fr: FRENCH };

/** The category's name in the interface language `ui`. */
export function categoryLabelIn(category: Category, ui: UiLanguage): string {
  return LABELS[ui][category];
}
