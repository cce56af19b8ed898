import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/platform/constants';
import { GET_STARTED_STEPS, doneContextKey } from '../../src/getStarted/getStartedSteps';

// The Get Started walkthrough (contributes.walkthroughs): its buttons must run commands the
// extension contributes, in every language, and its media must exist in every language.

const ROOT = join(__dirname, '..', '..', '..');
const LANGUAGES = ['en', 'de', 'fr'] as const;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: unknown; svg?: string };
  completionEvents?: string[];
  when?: string;
}
interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: Step[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; walkthroughs?: Walkthrough[] };
};
const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
const nlsFiles: Record<(typeof LANGUAGES)[number], Record<string, string>> = {
  en: JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')),
  de: JSON.parse(readFileSync(join(ROOT, 'package.nls.de.json'), 'utf8')),
  fr: JSON.parse(readFileSync(join(ROOT, 'package.nls.fr.json'), 'utf8')),
};

/** A manifest text as VS Code shows it in one language: %key% resolved through package.nls*.json. */
function resolve(text: string, language: (typeof LANGUAGES)[number]): string {
  const key = /^%([^%]+)%$/.exec(text)?.[1];
  if (key === undefined) return text;
  const value = nlsFiles[language][key];
  assert.equal(typeof value, 'string', `${key} has no ${language} text`);
  return value!;
}

/** The commands behind every `[label](command:id)` / `(command:toSide:id?args)` link of a text. */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:(?:toSide:)?([^)?\s]+)(?:\?[^)]*)?\)/g)].map((match) => match[1]!);
}

/** The step ids of `(command:…runGetStartedStep?["id"])` links. */
function stepLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:(?:toSide:)?rightToObject\.runGetStartedStep\?([^)\s]+)\)/g)].map((match) => {
    const args: unknown = JSON.parse(decodeURIComponent(match[1]!));
    assert.ok(Array.isArray(args) && typeof args[0] === 'string', `bad arguments ${match[1]}`);
    return args[0] as string;
  });
}

/** The commands a text's buttons end up running: a Get Started step link runs its step's command. */
function runCommands(markdown: string): string[] {
  const direct = commandLinks(markdown).filter((command) => command !== COMMANDS.runGetStartedStep);
  return [...direct, ...stepLinks(markdown).map((id) => GET_STARTED_STEPS.find((step) => step.id === id)?.command ?? `unknown step ${id}`)];
}

/** Lines that are nothing but a link: VS Code draws them as buttons. */
function buttons(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\s*\[[^\]]+\]\([^)]+\)\s*$/.test(line));
}

const walkthroughs = manifest.contributes.walkthroughs ?? [];
const getStarted = walkthroughs.find((walkthrough) => walkthrough.id === 'getStarted');

describe('Get Started walkthrough (manifest)', () => {
  it('is contributed with a title, a description and steps with unique ids', () => {
    assert.ok(getStarted, 'no walkthrough with id getStarted');
    assert.ok(getStarted.title && getStarted.description);
    assert.ok(getStarted.steps.length >= 3, `${getStarted.steps.length} steps`);
    const ids = getStarted.steps.map((step) => step.id);
    assert.deepEqual([...new Set(ids)], ids, 'duplicate step ids');
  });

  it('links only to commands that package.json contributes, in every language', () => {
    for (const walkthrough of walkthroughs) {
      for (const language of LANGUAGES) {
        for (const text of [walkthrough.title, walkthrough.description, ...walkthrough.steps.flatMap((step) => [step.title, step.description])]) {
          const resolved = resolve(text, language);
          for (const command of commandLinks(resolved)) assert.ok(contributed.has(command), `${language}: ${command} is not a contributed command (in "${resolved}")`);
          assert.ok(!/\(command:[^)]*\s/.test(resolved), `${language}: a command link with a space: ${resolved}`);
        }
      }
    }
  });

  it('has at least one button per step, the same in every language', () => {
    for (const step of getStarted!.steps) {
      const english = resolve(step.description, 'en');
      assert.ok(buttons(english).length >= 1, `${step.id} has no button`);
      for (const language of LANGUAGES) {
        const resolved = resolve(step.description, language);
        assert.deepEqual(commandLinks(resolved), commandLinks(english), `${language}: ${step.id} links to other commands than in English`);
        assert.equal(buttons(resolved).length, buttons(english).length, `${language}: ${step.id} has another number of buttons`);
      }
    }
  });

  it('introduces the three capabilities through their real commands', () => {
    const linked = new Set(getStarted!.steps.flatMap((step) => runCommands(resolve(step.description, 'en'))));
    for (const command of [
      COMMANDS.openSampleWalkthrough,
      COMMANDS.lintWorkspace,
      COMMANDS.insertObjectionLetter,
      COMMANDS.insertFollowUp,
      COMMANDS.openWalkthroughPreviewToSide,
      COMMANDS.exportWalkthroughHtml,
    ]) {
      assert.ok(linked.has(command), `no step links to ${command}`);
    }
  });

  it('ticks each step only through its context key, which its own button sets after success (#20)', () => {
    for (const step of getStarted!.steps) {
      // "onCommand:" would tick the step whenever the command ran, even when it did nothing.
      assert.deepEqual(step.completionEvents, [`onContext:${doneContextKey(step.id)}`], `${step.id}: ${String(step.completionEvents)}`);
      assert.ok(
        GET_STARTED_STEPS.some((known) => known.id === step.id),
        `${step.id} is not in src/getStarted/getStartedSteps.ts`,
      );
      for (const language of LANGUAGES) {
        assert.ok(stepLinks(resolve(step.description, language)).includes(step.id), `${language}: no button of ${step.id} runs it through runGetStartedStep`);
      }
    }
  });

  it('shows no literal backticks: step texts are not rendered as Markdown code (#20)', () => {
    for (const language of LANGUAGES) {
      for (const step of getStarted!.steps) {
        for (const text of [step.title, step.description]) assert.doesNotMatch(resolve(text, language), /`/, `${language}: ${step.id}`);
      }
    }
  });

  it('shows short Markdown media that exist in English, German and French', () => {
    for (const step of getStarted!.steps) {
      const media = step.media.markdown;
      assert.ok(media, `${step.id} has no Markdown media`);
      assert.match(media, /^media\/walkthrough\/[a-z-]+\.md$/);
      for (const path of [media, media.replace(/\.md$/, '.nls.de.md'), media.replace(/\.md$/, '.nls.fr.md')]) {
        assert.ok(existsSync(join(ROOT, path)), `${path} is missing`);
        const text = readFileSync(join(ROOT, path), 'utf8');
        assert.ok(text.length < 1_000, `${path} is ${text.length} characters; keep the media short`);
        assert.match(text, /^# \S/, `${path} starts with a heading`);
      }
    }
  });
});
