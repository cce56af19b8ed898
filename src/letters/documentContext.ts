// What a document and the settings already say that a letter needs: the company (front matter
// `controller:`), the regime (front matter `jurisdiction:`), the controller's country of
// establishment (front matter `controller-country:`), and the sender's name, e-mail and country.
// Everything here is optional; what is missing stays a tab stop in the letter.
import type * as vscode from 'vscode';
import { lettersEngine } from '../platform/lazyModules';
import type { LetterSettingsReader } from './letterSettings';
import { localIsoDate } from '../core/text/localDate';

export interface DocumentContext {
  today: string;
  controller?: string;
  /** A jurisdiction id named in the front matter, e.g. "eu-gdpr". */
  jurisdiction?: string;
  /** Front matter `controller-country:`, the controller's country of establishment ("FR", "GB-SCT"). */
  controllerCountry?: string;
  name?: string;
  email?: string;
  country?: string;
  /** Setting rightToObject.letters.grammaticalGender: resolves "wniosłem/wniosłam" to one form. */
  grammaticalGender?: 'feminine' | 'masculine';
}

export function documentContext(document: vscode.TextDocument, settings: LetterSettingsReader): DocumentContext {
  const { frontMatterString } = lettersEngine();
  const text = document.getText();
  return {
    today: localIsoDate(),
    ...defined('controller', frontMatterString(text, 'controller')),
    ...defined('jurisdiction', frontMatterString(text, 'jurisdiction')),
    ...defined('controllerCountry', frontMatterString(text, 'controller-country')),
    ...settings.read(document.uri),
  };
}

/** The values a letter snippet can take as text: the date and whatever else is known. */
export function knownValues(context: DocumentContext): Record<string, string> {
  const values: Record<string, string> = { date: context.today };
  if (context.controller !== undefined) values['controller'] = context.controller;
  if (context.name !== undefined) values['name'] = context.name;
  if (context.email !== undefined) values['email'] = context.email;
  return values;
}

function defined<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
