// What markdown-it imports from the `entities` package (its decoder, esbuild.js), loaded on first use (esbuild.js resolves
// markdown-it's `import … from 'entities'` here). markdown-it decodes an entity only where the text
// has one ("&amp;" in a link or a code fence's info), but importing the package built its decoding
// and encoding tables as every bundle loaded: ~3.5 ms of each `right-to-object lint`'s start-up.
// A require() in a bundle is evaluated when first called.

interface Entities {
  decodeHTML(text: string): string;
  decodeHTMLStrict(text: string): string;
}

let entities: Entities | undefined;

function loaded(): Entities {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (entities ??= require('entities') as Entities);
}

export function decodeHTML(text: string): string {
  return loaded().decodeHTML(text);
}

export function decodeHTMLStrict(text: string): string {
  return loaded().decodeHTMLStrict(text);
}
