export const UI_TEXT: Readonly<Record<string, Partial<Record<'en' | 'de' | 'fr', { readonly message: string; readonly explanation: string }>>>> = {};
