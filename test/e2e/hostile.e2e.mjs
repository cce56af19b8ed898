// @ts-check
// End-to-end: hostile Markdown in the walkthrough preview cannot run script or navigate.
//
// The corpus (test/fixtures/hostile/payloads.json, combined into a few walkthroughs by
// compose.mjs) is written into the workspace and opened in the real preview, through both ways
// content reaches the webview: the page load (webview.html) and the update message (innerHTML).
// Then the test does what a person would: moves the pointer over the whole preview, hovers and
// clicks every link and image, focuses every focusable element and tabs through them. Every
// payload, if it ran, would leave markers (document.title / window.name "pwned-ID", an element
// #pwned-ID, a request to the test's loopback beacon). The test asserts, per file and path:
//   - the beacon got no connection at all (checked from Node, not from the page);
//   - no frame of any page has a pwned- element, title or window.name; the titles are unchanged;
//   - the webview frames did not navigate (same URLs, no navigation events, no child frames);
//   - every openLink message the webview sent on a click carried an http(s)/mailto URL of a link
//     the renderer drew (a control link shows that the observer does see a click), and VS Code's
//     own did-click-link never fired: the preview's script keeps link clicks to itself, so only the
//     host's check (src/preview/safeLinks.ts) decides what opens;
//   - new pages only ever went to such links, and every confirmation dialog named such a link;
//   - no Content-Security-Policy violation or script error in the webview (the CSP is the second
//     line of defence: had markup got through, the browser would report blocking it);
//   - the rendered root, read from inside the frame, passes the same tag-level check as the unit
//     tests (htmlCheck.ts): allowed tags only, no <script>, no on* or style attributes, href only
//     http(s)/mailto/#, src only https; and the DOM itself has no handler attributes, no
//     javascript:/vbscript:/data:/command:/file:/vscode: URLs and no URL pointing at the beacon.
// Screenshot: test-artifacts/e2e/hostile.png.
//
// To prove the test can fail, point it at a deliberately weakened build of the extension:
//   RTO_HOSTILE_EXTENSION_PATH=/path/to/weakened/copy npx mocha --no-config ... test/e2e/hostile.e2e.mjs
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { root } from '../../scripts/paths.mjs';
import { composeCorpus, CONTROL_LINK_PREFIX, payloadHeading } from '../fixtures/hostile/compose.mjs';
import { openWorkbench, runCommand, screenshot } from './workbench.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Frame} Frame */
/** @typedef {import('../fixtures/hostile/compose.mjs').CorpusFile} CorpusFile */

const payloads = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'hostile', 'payloads.json'), 'utf8'));
const PREVIEW_COMMAND = 'Right to Object: Open Walkthrough Preview to the Side';
/** Schemes that must never appear in a URL attribute (checked after the browser decoded entities). */
const FORBIDDEN_SCHEME = /^(?:javascript|vbscript|data|command|file|vscode[a-z-]*):/i;
/** What the extension's host would open (mirrors src/preview/safeLinks.ts, written form). */
const OPENABLE = /^(?:https?:\/\/[^/\\]|mailto:[^/\\])/i;
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/g;

/** One spelling per URL: the browser and Node percent-encode a few characters differently. */
function sameUrl(/** @type {string} */ url) {
  let href = url;
  try {
    href = new URL(url).href;
  } catch {
    return url;
  }
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** The URLs a confirmation dialog names: each on a line of its own. */
function urlsInDialog(/** @type {string} */ text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(?:https?|mailto):/i.test(line));
}

/**
 * Whether a dialog's URL is the link `href`. VS Code shows a URL percent-decoded and, when it is
 * long, with its middle elided as "...".
 */
function dialogShows(/** @type {string} */ shown, /** @type {string} */ href) {
  const spellings = [href, sameUrl(href)];
  for (const spelling of [...spellings]) {
    try {
      spellings.push(decodeURIComponent(spelling));
    } catch {
      // Not decodable: the other spellings stand.
    }
  }
  const cut = shown.indexOf('...');
  const head = cut === -1 ? shown : shown.slice(0, cut);
  const tail = cut === -1 ? '' : shown.slice(cut + 3);
  return spellings.some((spelling) => (cut === -1 ? spelling === shown : spelling.length >= head.length + tail.length && spelling.startsWith(head) && spelling.endsWith(tail)));
}

/**
 * Assertions that record a failure and carry on, so that one check reports everything that got
 * through rather than the first thing.
 * @param {string[]} problems
 */
function softAssert(problems) {
  const record = (/** @type {() => void} */ check) => {
    try {
      check();
    } catch (error) {
      problems.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
    }
  };
  return {
    ok: (/** @type {unknown} */ value, /** @type {string} */ message) => record(() => assert.ok(value, message)),
    equal: (/** @type {unknown} */ actual, /** @type {unknown} */ expected, /** @type {string} */ message) => record(() => assert.equal(actual, expected, `${message}: ${JSON.stringify(actual)}`)),
    notEqual: (/** @type {unknown} */ actual, /** @type {unknown} */ unexpected, /** @type {string} */ message) => record(() => assert.notEqual(actual, unexpected, message)),
    match: (/** @type {string} */ actual, /** @type {RegExp} */ pattern, /** @type {string} */ message) =>
      record(() => assert.match(actual, pattern, `${message}: ${JSON.stringify(actual.slice(0, 200))}`)),
    doesNotMatch: (/** @type {string} */ actual, /** @type {RegExp} */ pattern, /** @type {string} */ message) => record(() => assert.doesNotMatch(actual, pattern, message)),
    /** The list must be empty. */
    none: (/** @type {unknown[]} */ list, /** @type {string} */ message) => record(() => assert.deepEqual(list, [], `${message}: ${JSON.stringify(list).slice(0, 1500)}`)),
  };
}

// ---- The beacon: a loopback TCP server that records every connection ----------------------------

async function startBeacon() {
  /** @type {Array<{ request: string }>} */
  const hits = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const hit = { request: '(connection without a request line)' };
    hits.push(hit);
    socket.on('error', () => undefined);
    socket.setTimeout(2000, () => socket.destroy());
    socket.once('data', (chunk) => {
      // Any bytes count: a TLS attempt (an https:// URL at this port) shows up as binary.
      hit.request = chunk.toString('latin1').split('\r\n')[0]?.slice(0, 300) ?? '';
      socket.end('HTTP/1.1 204 No Content\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}

/** The unit tests' tag-level HTML check (TypeScript), bundled for this plain-JS test. */
async function loadHtmlCheck() {
  const outfile = join(root, 'out', 'test', 'e2e', 'htmlCheck.mjs');
  mkdirSync(join(root, 'out', 'test', 'e2e'), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'test', 'unit', 'walkthrough', 'htmlCheck.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return /** @type {{ assertSafeHtml: (html: string, options?: { page?: boolean }) => void }} */ (await import(pathToFileURL(outfile).href));
}

// ---- Workbench helpers -------------------------------------------------------------------------

/** The preview's content: the webview's outer frame, then its inner active frame. */
function previewFrame(/** @type {Page} */ page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** The webview's two frames as Frame objects (for URLs, titles and evaluate). */
async function webviewFrames(/** @type {Page} */ page) {
  const outerElement = await page.locator('iframe.webview.ready').elementHandle();
  const outer = await outerElement?.contentFrame();
  assert.ok(outer, 'the webview frame');
  const innerElement = await outer.locator('iframe#active-frame').elementHandle();
  const inner = await innerElement?.contentFrame();
  assert.ok(inner, 'the webview content frame');
  return { outer, inner };
}

/**
 * Opens a workspace file through Quick Open, clicking its row (Enter can pick another row while
 * the list is still filling), and retries when another file ended up in front.
 */
async function showFile(/** @type {Page} */ page, /** @type {string} */ name) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    const exactName = new RegExp(`^${name.replaceAll('.', '\\.')}$`); // Names here: [a-z0-9.-]
    const row = page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: exactName }) }).first();
    try {
      await row.waitFor({ timeout: 10_000 });
      await row.click();
      await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= 4) throw error;
    }
  }
}

/** Closes every editor, the preview included, so that the next preview loads a fresh page. */
async function closeAllEditors(/** @type {Page} */ page) {
  await runCommand(page, 'View: Close All Editors');
  await page.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: 30_000 });
}

/** Progress lines with RTO_E2E_DEBUG=1 (the test is slow on a busy machine; this shows where). */
const started = Date.now();
function progress(/** @type {string} */ message) {
  if (process.env.RTO_E2E_DEBUG) console.log(`      [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

/** Waits until the preview shows this file: every payload heading and every step. */
async function waitForFile(/** @type {Page} */ page, /** @type {CorpusFile} */ file) {
  const frame = previewFrame(page);
  for (const id of file.ids) await frame.locator(`[id="${payloadHeading(id).elementId}"]`).waitFor({ state: 'attached', timeout: 60_000 });
  assert.equal(await frame.locator('li.rto-step').count(), file.stepCount, `${file.name}: steps in the checklist`);
}

/** Closes VS Code's confirmation dialogs ("open the external website?"), keeping their text. */
async function dismissDialogs(/** @type {Page} */ page, /** @type {string[]} */ texts, /** @type {number} */ firstWait) {
  const dialog = page.locator('.monaco-dialog-box').first();
  for (let round = 0; round < 4; round++) {
    try {
      await dialog.waitFor({ state: 'visible', timeout: round === 0 ? firstWait : 700 });
    } catch {
      return;
    }
    texts.push(await dialog.innerText());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
}

// ---- What the page looks like from inside the frame --------------------------------------------

/** @param {Frame} inner */
async function readPreviewDom(inner) {
  return inner.evaluate(() => {
    const root = /** @type {HTMLElement} */ (document.getElementById('rto-root'));
    // The webview script adds "Reset progress" buttons; they are the extension's, not the document's.
    const clone = /** @type {HTMLElement} */ (root.cloneNode(true));
    for (const button of clone.querySelectorAll('button.rto-reset')) button.remove();
    const urlAttributes = /^(?:href|src|action|formaction|data|xlink:href|srcdoc|poster|background|ping|srcset|codebase|cite|longdesc|manifest|icon|dynsrc|lowsrc)$/i;
    /** @type {string[]} */ const handlers = [];
    /** @type {Array<{ tag: string, name: string, value: string, host: string, inRoot: boolean }>} */ const urls = [];
    /** @type {string[]} */ const styled = [];
    /** @type {string[]} */ const pwned = [];
    for (const element of document.querySelectorAll('*')) {
      if (element.id.startsWith('pwned-')) pwned.push(element.id);
      const inRoot = root.contains(element);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) handlers.push(`<${element.localName} ${attribute.name}>`);
        if (inRoot && attribute.name === 'style') styled.push(`<${element.localName} style="${attribute.value}">`);
        if (urlAttributes.test(attribute.name)) {
          let host = '';
          try {
            host = new URL(attribute.value, document.baseURI).host;
          } catch {
            // Not a URL the browser would follow.
          }
          urls.push({ tag: element.localName, name: attribute.name, value: attribute.value, host, inRoot });
        }
      }
    }
    return {
      rootHtml: clone.innerHTML,
      scripts: [...document.scripts].map((script) => ({
        src: script.getAttribute('src'),
        nonce: script.nonce,
        text: (script.textContent ?? '').trim().slice(0, 60),
        inHead: document.head.contains(script),
        inRoot: root.contains(script),
      })),
      handlers,
      urls,
      styled,
      pwned,
      bases: document.querySelectorAll('base').length,
      childFrames: document.querySelectorAll('iframe, frame, object, embed, portal, fencedframe').length,
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      images: root.querySelectorAll('img').length,
    };
  });
}

/** Markers in every frame of every page: titles, window names, pwned- elements. */
async function markersEverywhere(/** @type {import('playwright-core').BrowserContext} */ context) {
  /** @type {string[]} */
  const found = [];
  for (const page of context.pages()) {
    for (const frame of page.frames()) {
      const seen = await Promise.race([
        frame.evaluate(() => ({ title: document.title, name: window.name, pwned: [...document.querySelectorAll('[id^="pwned-"]')].map((e) => e.id) })),
        new Promise((resolve) => setTimeout(resolve, 5_000, undefined)),
      ]).catch(() => undefined); // A frame that went away meanwhile.
      if (!seen) continue;
      // A marker is the whole title or name; a hostile title merely shown as text contains "pwned-"
      // too, and the titles are compared with their values before the interactions anyway.
      if (/^pwned-/i.test(seen.title)) found.push(`title "${seen.title}" in ${frame.url()}`);
      if (/^pwned-/i.test(seen.name)) found.push(`window.name "${seen.name}" in ${frame.url()}`);
      for (const id of seen.pwned) found.push(`#${id} in ${frame.url()}`);
    }
  }
  return found;
}

// ---- The test ----------------------------------------------------------------------------------

// The files' structure does not depend on the beacon's port, so the tests can be listed up front.
const layout = composeCorpus(payloads, 'http://127.0.0.1:1');
/** The order of the checks: the first file loads the page, the others arrive as updates; then each
 * file again the other way. */
const phases = [
  { file: 0, path: /** @type {'load' | 'update'} */ ('load') },
  ...layout.slice(1).map((_, i) => ({ file: i + 1, path: /** @type {const} */ ('update') })),
  { file: 0, path: /** @type {const} */ ('update') },
  ...layout.slice(1).map((_, i) => ({ file: i + 1, path: /** @type {const} */ ('load') })),
];

describe('Hostile walkthroughs in the preview (browser)', function () {
  this.timeout(300_000);

  /** @type {Awaited<ReturnType<typeof startBeacon>>} */
  let beacon;
  /** @type {Awaited<ReturnType<typeof openWorkbench>>} */
  let session;
  /** @type {Awaited<ReturnType<typeof loadHtmlCheck>>} */
  let htmlCheck;
  /** @type {CorpusFile[]} */
  let files = [];
  /** Console lines and errors from the webview frames (CSP reports, script errors). */
  /** @type {string[]} */
  const webviewConsole = [];
  /** @type {import('playwright-core').Frame[]} */
  const navigated = [];
  /** @type {import('playwright-core').Frame[]} */
  const attached = [];
  /** Pages the browser opened besides the workbench, with the URLs they requested. */
  /** @type {Array<{ page: Page, urls: string[], closed: boolean }>} */
  const newPages = [];
  /** Every http(s)/mailto link the preview has shown so far. */
  const everDrawnLinks = new Set();
  const totals = { phases: 0, pointerMoves: 0, hovers: 0, clicks: 0, focuses: 0, tabs: 0, openLinks: 0, vscodeLinkClicks: 0, dialogs: 0, newPages: 0, controlsSeen: 0 };

  before(async () => {
    beacon = await startBeacon();
    // The beacon itself works: a request from outside the page is seen, then forgotten.
    await fetch(`${beacon.origin}/self-test`).catch(() => undefined);
    assert.equal(beacon.hits.length, 1, 'the beacon sees a request');
    beacon.hits.length = 0;
    htmlCheck = await loadHtmlCheck();

    session = await openWorkbench({ workspaceFixture: 'hostile-workspace', extensionPath: process.env.RTO_HOSTILE_EXTENSION_PATH || undefined });
    const { page } = session;
    const context = page.context();
    files = composeCorpus(payloads, beacon.origin);
    assert.deepEqual(
      files.map((f) => f.name),
      layout.map((f) => f.name),
    );
    for (const file of files) writeFileSync(join(session.workspace, file.name), file.text);

    const fromWebview = (/** @type {string} */ url) => url.includes('/webview/browser/pre/');
    page.on('console', (message) => {
      const text = message.text();
      if (fromWebview(message.location().url) || /Content Security Policy/i.test(text)) webviewConsole.push(`${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => {
      if (/webview|pwned/i.test(`${error.stack ?? ''} ${error.message}`)) webviewConsole.push(`pageerror: ${error.message}`);
    });
    page.on('framenavigated', (frame) => navigated.push(frame));
    page.on('frameattached', (frame) => attached.push(frame));
    context.on('page', (opened) => {
      if (!newPages.some((e) => e.page === opened)) newPages.push({ page: opened, urls: [opened.url()], closed: false });
      opened.on('framenavigated', (frame) => newPages.find((e) => e.page === opened)?.urls.push(frame.url()));
    });
    // A popup's first request can come before its 'page' event; the context sees it either way.
    context.on('request', (request) => {
      let from;
      try {
        from = request.frame().page();
      } catch {
        return; // A service worker's request.
      }
      if (from === page) return;
      const entry = newPages.find((e) => e.page === from);
      if (entry) entry.urls.push(request.url());
      else newPages.push({ page: from, urls: [request.url()], closed: false });
    });
    await page.setViewportSize({ width: 1400, height: 1000 });
    // A preview broken by a payload must fail a check quickly, not hang it.
    page.setDefaultTimeout(20_000);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(
        session.page,
        `hostile-failure-${String(this.currentTest.title)
          .slice(0, 24)
          .replace(/[^\w.-]+/g, '-')}.png`,
      ).catch(() => undefined);
      // Dialogs left open would break the following checks as well.
      await dismissDialogs(session.page, [], 300);
    }
  });

  after(async () => {
    // The figures to quote (payloads tried, interactions performed).
    console.log(
      `      hostile corpus: ${payloads.length} payloads in ${files.length} walkthroughs, ${totals.phases} checks (page load and update); ` +
        `${totals.pointerMoves} pointer moves, ${totals.hovers} hovers, ${totals.clicks} clicks, ${totals.focuses} focus calls, ${totals.tabs} Tab presses; ` +
        `${totals.openLinks} openLink messages (${totals.controlsSeen} control links seen), ${totals.vscodeLinkClicks} VS Code link clicks, ` +
        `${totals.dialogs} confirmation dialogs, ${totals.newPages} new pages; ` +
        `beacon connections: ${beacon?.hits.length ?? 'n/a'}`,
    );
    await session?.close();
    await beacon?.close();
  });

  for (const [index, phase] of phases.entries()) {
    const planned = layout[phase.file];
    assert.ok(planned);
    it(`${planned.name} (${planned.ids.length} payload${planned.ids.length === 1 ? '' : 's'}) through the ${phase.path === 'load' ? 'page load' : 'update message'}: nothing runs, nothing navigates`, async () => {
      const { page } = session;
      const context = page.context();
      const file = files[phase.file];
      assert.ok(file);
      const label = `${file.name} (${phase.path})`;
      const hitsBefore = beacon.hits.length;
      const consoleBefore = webviewConsole.length;
      const newPagesBefore = newPages.length;

      // Show the file the planned way. Files open in the first editor group (the preview's group
      // has the focus after the clicks in it).
      if (index === 0) {
        await showFile(page, file.name);
        await runCommand(page, PREVIEW_COMMAND);
      } else if (phase.path === 'update') {
        await runCommand(page, 'View: Focus First Editor Group');
        await showFile(page, file.name); // The open preview follows the active editor.
      } else {
        await closeAllEditors(page);
        await showFile(page, file.name);
        await runCommand(page, PREVIEW_COMMAND);
      }
      progress(`${label}: opened`);
      await waitForFile(page, file);
      progress(`${label}: shown`);
      const frame = previewFrame(page);
      const { outer, inner } = await webviewFrames(page);

      // Observers. Messages leave the webview through a MessagePort in its outer frame (VS Code's
      // webview host): record the two kinds a click can send.
      await outer.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__rtoObserved = [];
        if (w.__rtoHooked) return;
        w.__rtoHooked = true;
        const original = MessagePort.prototype.postMessage;
        MessagePort.prototype.postMessage = /** @type {any} */ (
          function (/** @type {any} */ message, /** @type {any[]} */ ...rest) {
            try {
              if (message && (message.channel === 'onmessage' || message.channel === 'did-click-link')) {
                w.__rtoObserved.push(JSON.parse(JSON.stringify({ channel: message.channel, data: message.data })));
              }
            } catch {
              // Never break the webview over an observation.
            }
            return original.apply(this, /** @type {any} */ ([message, ...rest]));
          }
        );
      });
      await inner.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__rtoViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => w.__rtoViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const baseline = { innerUrl: inner.url(), outerUrl: outer.url(), innerTitle: await inner.title(), outerTitle: await outer.title() };
      const navigatedBefore = navigated.length;
      const attachedBefore = attached.length;

      // Every check records what it found, so that a failure lists everything that got through.
      /** @type {string[]} */
      const problems = [];
      const expect = softAssert(problems);

      // The markup, before anyone touches it.
      const dom = await readPreviewDom(inner);
      checkDom(expect, label, dom);
      const drawnLinks = new Set(dom.links.filter((href) => OPENABLE.test(href)).map(sameUrl));
      for (const href of drawnLinks) everDrawnLinks.add(href);
      progress(`${label}: markup checked, ${dom.links.length} links, ${dom.images} images`);

      /** @type {string[]} */
      const dialogs = [];
      try {
        await interact(page, frame, inner, dialogs, label);
      } catch (error) {
        // A page that got broken (navigated away, detached) stops the interactions; say so, and
        // still run the checks below.
        problems.push(`${label}: the interactions stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      await page.waitForTimeout(1500);
      await dismissDialogs(page, dialogs, 300);
      await closeNewPages(page);

      // Nothing ran: no beacon, no markers, same titles.
      expect.none(beacon.hits.slice(hitsBefore), `${label}: the beacon was reached`);
      expect.none(await markersEverywhere(context), `${label}: a payload left a marker`);
      // The workbench title follows the focus (file or preview), so it only must not be a marker.
      expect.doesNotMatch(await page.title(), /pwned/i, `${label}: the workbench title`);
      expect.equal(await outer.title().catch(() => '(gone)'), baseline.outerTitle, `${label}: the webview frame title changed`);
      expect.equal(await inner.title().catch(() => '(gone)'), baseline.innerTitle, `${label}: the preview title changed`);
      expect.ok(!/^pwned-/i.test(baseline.innerTitle), `${label}: the preview title was ${baseline.innerTitle}`);

      // Nothing navigated.
      expect.equal(inner.isDetached(), false, `${label}: the preview frame went away`);
      expect.equal(inner.url(), baseline.innerUrl, `${label}: the preview frame navigated`);
      expect.equal(outer.url(), baseline.outerUrl, `${label}: the webview frame navigated`);
      const inWebview = (/** @type {Frame} */ f) => {
        for (let current = /** @type {Frame | null} */ (f); current; current = current.parentFrame()) if (current === outer) return true;
        return false;
      };
      expect.none(
        navigated
          .slice(navigatedBefore)
          .filter(inWebview)
          .map((f) => f.url()),
        `${label}: navigation in the webview`,
      );
      expect.none(
        attached
          .slice(attachedBefore)
          .filter((f) => inWebview(f) && f !== inner)
          .map((f) => f.url()),
        `${label}: frames created in the webview`,
      );
      expect.equal(inner.childFrames().length, 0, `${label}: frames in the preview`);

      // Clicks reached the host only as http(s)/mailto URLs of links the renderer drew.
      const observed = /** @type {Array<{ channel: string, data: any }>} */ ((await outer.evaluate(() => /** @type {any} */ (window).__rtoObserved).catch(() => [])) ?? []);
      const openLinks = observed.filter((m) => m.channel === 'onmessage' && m.data?.message?.type === 'openLink').map((m) => String(m.data.message.href));
      const vscodeClicks = observed.filter((m) => m.channel === 'did-click-link').map((m) => String(m.data?.uri));
      for (const href of [...openLinks, ...vscodeClicks]) {
        expect.ok(OPENABLE.test(href) && !/[\u0000-\u0020\u007f-\u009f]/.test(href), `${label}: a click sent ${JSON.stringify(href)}`);
        expect.ok(drawnLinks.has(sameUrl(href)), `${label}: a click sent ${JSON.stringify(href)}, which is no link in the preview`);
      }
      const controls = [...drawnLinks].filter((href) => href.startsWith(CONTROL_LINK_PREFIX));
      for (const control of controls) expect.ok(openLinks.includes(control), `${label}: the control link ${control} was clicked but not seen`);
      totals.controlsSeen += controls.filter((control) => openLinks.includes(control)).length;
      totals.openLinks += openLinks.length;
      totals.vscodeLinkClicks += vscodeClicks.length;
      // Only the extension's check may open a link: VS Code's own webview handler must not see the click.
      expect.none(vscodeClicks, `${label}: VS Code's webview link handler saw a click`);
      for (const text of dialogs) {
        progress(`${label}: dialog ${JSON.stringify(text)}`);
        // VS Code queues its dialogs, so one may belong to a click in an earlier check.
        for (const shown of urlsInDialog(text))
          expect.ok(
            [...everDrawnLinks].some((href) => dialogShows(shown, href)),
            `${label}: a dialog offered to open ${shown}`,
          );
      }
      totals.dialogs += dialogs.length;
      // New pages: only for links the renderer drew (the dialogs are cancelled, so none are expected).
      for (const { urls } of newPages.slice(newPagesBefore)) {
        for (const url of urls) {
          if (url === 'about:blank' || url.startsWith('chrome-error:')) continue;
          expect.ok(everDrawnLinks.has(sameUrl(url)), `${label}: a new page went to ${url}`);
        }
      }
      totals.newPages += newPages.length - newPagesBefore;

      // The browser blocked nothing, because nothing tried.
      expect.none((await inner.evaluate(() => /** @type {any} */ (window).__rtoViolations).catch(() => [])) ?? [], `${label}: CSP violations`);
      expect.none(
        webviewConsole.slice(consoleBefore).filter((line) => /Content Security Policy|Refused to|pageerror/i.test(line)),
        `${label}: the webview console`,
      );

      // And the markup is still inert after all that.
      const after = await readPreviewDom(inner).catch(() => undefined);
      if (after) checkDom(expect, `${label} after the interactions`, after);
      else problems.push(`${label}: the preview could not be read after the interactions`);

      assert.deepEqual(problems, [], `${label}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      totals.phases++;

      if (index === 0) {
        await runCommand(page, 'View: Close Primary Side Bar');
        await frame.locator(`[id="${payloadHeading(file.ids[0] ?? '').elementId}"]`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
        await page.mouse.move(0, 0);
        await screenshot(page, 'hostile.png');
      }
    });
  }

  it('the beacon never heard from the preview, in any check', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // Late requests from the last check.
    assert.deepEqual(beacon.hits, []);
    assert.equal(totals.phases, phases.length, 'every check above passed');
  });

  /**
   * A person's interactions with the preview.
   * @param {Page} page
   * @param {import('playwright-core').FrameLocator} frame
   * @param {Frame} inner
   * @param {string[]} dialogs
   * @param {string} label
   */
  async function interact(page, frame, inner, dialogs, label) {
    // The pointer over the whole preview, screen by screen.
    const box = await page.locator('iframe.webview.ready').boundingBox();
    assert.ok(box, 'the preview is on screen');
    const { scrollHeight, viewHeight } = await inner.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, viewHeight: window.innerHeight }));
    for (let y = 0; y < scrollHeight; y += Math.max(200, Math.floor(viewHeight * 0.8))) {
      await inner.evaluate((top) => window.scrollTo(0, top), y);
      for (let i = 0; i <= 8; i++) {
        await page.mouse.move(box.x + 5 + ((box.width - 10) * i) / 8, box.y + box.height * (i % 2 === 0 ? 0.2 : 0.8), { steps: 3 });
        totals.pointerMoves++;
      }
    }
    progress(`${label}: pointer moved over the preview`);
    // Every link and image: hover, click (and dismiss the "open external website?" prompt).
    const links = frame.locator('a');
    for (let i = 0, count = await links.count(); i < count; i++) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href')) ?? '';
      await link.scrollIntoViewIfNeeded();
      await link.hover();
      totals.hovers++;
      await link.click();
      totals.clicks++;
      await dismissDialogs(page, dialogs, /^https?:/i.test(href) ? 4_000 : 300);
      await closeNewPages(page);
      progress(`${label}: clicked ${href.slice(0, 60)}`);
    }
    const images = frame.locator('img');
    for (let i = 0, count = await images.count(); i < count; i++) {
      const image = images.nth(i);
      await image.scrollIntoViewIfNeeded();
      await image.hover();
      totals.hovers++;
      await image.click();
      totals.clicks++;
      await dismissDialogs(page, dialogs, 300);
      await closeNewPages(page);
    }
    progress(`${label}: links and images clicked`);
    // Every focusable element, then the keyboard's way through them.
    const focusables = frame.locator('a[href], area[href], button, input, select, textarea, iframe, object, embed, summary, [tabindex], [contenteditable]');
    const focusableCount = await focusables.count();
    for (let i = 0; i < focusableCount; i++) {
      await focusables.nth(i).focus();
      totals.focuses++;
    }
    if (focusableCount > 0) {
      await focusables.first().focus();
      for (let i = 0; i < Math.min(focusableCount, 80); i++) {
        await page.keyboard.press('Tab');
        totals.tabs++;
      }
    }
    progress(`${label}: ${focusableCount} elements focused`);
  }

  /**
   * Closes the pages VS Code opened for clicked links, once they show where they went, and brings
   * the workbench back to the front (a page left in front throttles the workbench to a crawl).
   */
  async function closeNewPages(/** @type {Page} */ page) {
    const open = newPages.filter((entry) => !entry.closed);
    if (open.length === 0) return;
    for (const entry of open) {
      await entry.page.waitForLoadState('domcontentloaded', { timeout: 5_000 }).catch(() => undefined);
      entry.urls.push(entry.page.url());
      entry.closed = true;
      await entry.page.close().catch(() => undefined);
    }
    await page.bringToFront();
  }

  /**
   * @param {ReturnType<typeof softAssert>} expect
   * @param {string} label
   * @param {Awaited<ReturnType<typeof readPreviewDom>>} dom
   */
  function checkDom(expect, label, dom) {
    try {
      htmlCheck.assertSafeHtml(dom.rootHtml);
    } catch (error) {
      expect.ok(false, `${label}: the rendered root fails the HTML check: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    expect.doesNotMatch(dom.rootHtml, /<script/i, `${label}: <script> in the rendered root`);
    // The only scripts: the extension's nonce'd one, and VS Code's own bootstrap in <head> (it
    // defines acquireVsCodeApi before the page's content runs).
    const ours = dom.scripts.filter((s) => s.src !== null);
    expect.equal(ours.length, 1, `${label}: scripts with a src: ${JSON.stringify(ours).slice(0, 500)}`);
    expect.match(ours[0]?.src ?? '', /\/media\/walkthroughPreview\.js$/, `${label}: the script`);
    expect.match(ours[0]?.nonce ?? '', /^[0-9a-f]{32}$/, `${label}: the script's nonce`);
    for (const script of dom.scripts.filter((s) => s.src === null)) {
      expect.ok(script.inHead && script.text.startsWith('globalThis.acquireVsCodeApi'), `${label}: an inline script: ${JSON.stringify(script)}`);
    }
    expect.ok(
      dom.scripts.every((s) => !s.inRoot),
      `${label}: a script in the rendered root`,
    );
    expect.none(dom.handlers, `${label}: event-handler attributes`);
    expect.none(dom.styled, `${label}: style attributes in the rendered root`);
    expect.none(dom.pwned, `${label}: pwned- elements`);
    expect.equal(dom.bases, 0, `${label}: <base> elements`);
    expect.equal(dom.childFrames, 0, `${label}: frames or embedded objects`);
    const beaconHost = new URL(beacon.origin).host;
    for (const url of dom.urls) {
      const scheme = url.value.replace(CONTROL_OR_SPACE, '');
      expect.doesNotMatch(scheme, FORBIDDEN_SCHEME, `${label}: <${url.tag} ${url.name}="${url.value.slice(0, 120)}">`);
      expect.notEqual(url.host, beaconHost, `${label}: <${url.tag} ${url.name}="${url.value.slice(0, 120)}"> points at the beacon`);
      if (url.inRoot && url.name === 'href') expect.match(scheme, /^(?:https?:\/\/|mailto:|#)/i, `${label}: <${url.tag} href="${url.value.slice(0, 120)}">`);
      if (url.inRoot && url.name === 'src') expect.match(scheme, /^https:\/\//i, `${label}: <${url.tag} src="${url.value.slice(0, 120)}">`);
      if (url.inRoot) expect.ok(url.name === 'href' || url.name === 'src', `${label}: <${url.tag} ${url.name}> in the rendered root`);
    }
  }
});
