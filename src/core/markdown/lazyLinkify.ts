// What markdown-it imports from the `linkify-it` package, loaded on first use (esbuild.js resolves
// markdown-it's `import … from 'linkify-it'` here). Every markdown-it instance builds a LinkifyIt,
// whose module builds its Unicode character classes on load and whose constructor compiles its link
// patterns: ~8 ms of each `right-to-object lint`'s start-up, for a parser that never links (the
// linter's scope parser turns linkify off). The walkthrough preview, which does link, loads the real
// one on its first call. A require() in a bundle is evaluated when first called.

interface LinkifyMatch {
  index: number;
  lastIndex: number;
  raw: string;
  text: string;
  url: string;
  schema: string;
}

interface LinkifyIt {
  add(schema: string, definition: unknown): LinkifyIt;
  set(options: Record<string, boolean>): LinkifyIt;
  test(text: string): boolean;
  pretest(text: string): boolean;
  testSchemaAt(text: string, schema: string, position: number): number;
  match(text: string): LinkifyMatch[] | null;
  matchAtStart(text: string): LinkifyMatch | null;
  tlds(list: string | string[], keepOld?: boolean): LinkifyIt;
  normalize(match: LinkifyMatch): void;
  onCompile(): void;
}

type LinkifyItConstructor = new (schemas?: unknown, options?: unknown) => LinkifyIt;

export default class LazyLinkifyIt {
  private real: LinkifyIt | undefined;

  constructor(
    private readonly schemas?: unknown,
    private readonly options?: unknown,
  ) {}

  private get loaded(): LinkifyIt {
    if (this.real === undefined) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
      const module = require('linkify-it') as { default?: LinkifyItConstructor } & LinkifyItConstructor;
      const Real = module.default ?? module;
      this.real = new Real(this.schemas, this.options);
    }
    return this.real;
  }

  add(schema: string, definition: unknown): this {
    this.loaded.add(schema, definition);
    return this;
  }

  set(options: Record<string, boolean>): this {
    this.loaded.set(options);
    return this;
  }

  test(text: string): boolean {
    return this.loaded.test(text);
  }

  pretest(text: string): boolean {
    return this.loaded.pretest(text);
  }

  testSchemaAt(text: string, schema: string, position: number): number {
    return this.loaded.testSchemaAt(text, schema, position);
  }

  match(text: string): LinkifyMatch[] | null {
    return this.loaded.match(text);
  }

  matchAtStart(text: string): LinkifyMatch | null {
    return this.loaded.matchAtStart(text);
  }

  tlds(list: string | string[], keepOld?: boolean): this {
    this.loaded.tlds(list, keepOld);
    return this;
  }

  normalize(match: LinkifyMatch): void {
    this.loaded.normalize(match);
  }

  onCompile(): void {
    this.loaded.onCompile();
  }
}
