// Settings of the walkthrough preview and export (rightToObject.preview.*), validated key by key
// like the linter's: a bad value is one problem naming the setting, and its default applies.
import { boolean } from 'zod/mini';
import type { ConfigProblem } from '../vague/lintConfig';

export interface PreviewSettings {
  /** Load https: images written in the document (off: each is a link naming its host). */
  remoteImages: boolean;
}

export const DEFAULT_PREVIEW_SETTINGS: PreviewSettings = { remoteImages: false };

export function parsePreviewSettings(raw: { remoteImages?: unknown }, prefix: string): { settings: PreviewSettings; problems: ConfigProblem[] } {
  const settings: PreviewSettings = { ...DEFAULT_PREVIEW_SETTINGS };
  const problems: ConfigProblem[] = [];
  if (raw.remoteImages !== undefined && raw.remoteImages !== null) {
    const result = boolean().safeParse(raw.remoteImages);
    if (result.success) settings.remoteImages = result.data;
    else problems.push({ setting: `${prefix}remoteImages`, message: 'must be true or false; using the default (false)' });
  }
  return { settings, problems };
}
