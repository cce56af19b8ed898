// @ts-nocheck
// The walkthrough preview's webview script (loaded with the page's CSP nonce; see
// src/preview/previewHtml.ts). It never navigates: links and problem clicks become messages the
// extension checks first. Markup contract: docs/walkthrough-format.md ("Preview markup").
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const root = document.getElementById('rto-root');
  const body = document.body;
  const resetLabel = body.dataset.resetLabel || 'Reset progress';
  let uri = body.dataset.uri || '';
  let version = Number(body.dataset.version) || 0;
  const STEP_KEY = /^s-[0-9a-f]{16}(?:-\d{1,6})?$/;

  // ---- Rendering ---------------------------------------------------------------------------

  function checkboxes() {
    return Array.prototype.slice.call(root.querySelectorAll('input.rto-step-check'));
  }

  function applyChecked(keys) {
    const done = new Set(keys.filter((key) => typeof key === 'string' && STEP_KEY.test(key)));
    for (const box of checkboxes()) box.checked = done.has(box.dataset.stepKey);
    updateProgress();
  }

  function updateProgress() {
    const boxes = checkboxes();
    const done = boxes.filter((box) => box.checked).length;
    for (const span of root.querySelectorAll('.rto-progress-done')) span.textContent = String(done);
    return { done, total: boxes.length };
  }

  /** A "Reset progress" button at the end of each progress line. */
  function addResetButtons() {
    for (const line of root.querySelectorAll('p.rto-progress')) {
      if (line.querySelector('.rto-reset')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rto-reset';
      button.textContent = resetLabel;
      line.appendChild(document.createTextNode(' '));
      line.appendChild(button);
    }
  }

  /** Problems act like buttons: focusable and operable from the keyboard. */
  function decorateProblems() {
    for (const item of root.querySelectorAll('li.rto-problem')) {
      item.tabIndex = 0;
      item.setAttribute('role', 'button');
    }
  }

  function decorate() {
    addResetButtons();
    decorateProblems();
  }

  function saveState() {
    vscode.setState({ uri, scrollY: window.scrollY });
  }

  function reportShown() {
    const counts = updateProgress();
    vscode.postMessage({ type: 'rendered', uri, version, done: counts.done, total: counts.total });
  }

  function applyUpdate(message) {
    // An older render never replaces a newer one (equal: the reply to "ready", same content).
    if (message.version < version) return;
    const switched = message.uri !== uri;
    version = message.version;
    uri = message.uri;
    root.innerHTML = message.html; // Rendered and sanitised by the extension; the CSP blocks scripts anyway.
    decorate();
    applyChecked(message.checked);
    if (switched) window.scrollTo(0, 0);
    saveState();
    reportShown();
  }

  function isStringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.version === 'number' && typeof message.uri === 'string' && typeof message.html === 'string' && isStringArray(message.checked)) {
      applyUpdate(message);
    } else if (message.type === 'progress' && message.uri === uri && isStringArray(message.checked)) {
      applyChecked(message.checked);
      reportShown();
    }
  });

  // ---- Interaction -------------------------------------------------------------------------

  root.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.classList.contains('rto-step-check')) return;
    const key = box.dataset.stepKey;
    if (!key || !STEP_KEY.test(key)) return;
    updateProgress();
    vscode.postMessage({ type: 'setStep', uri, key, done: box.checked });
  });

  function revealProblem(item) {
    const line = Number(item.dataset.line);
    const character = Number(item.dataset.character);
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) return;
    vscode.postMessage({ type: 'revealLine', uri, line, character });
  }

  function scrollToAnchor(href) {
    let id;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      return;
    }
    const target = id ? document.getElementById(id) : null;
    if (target) target.scrollIntoView();
    else if (!id) window.scrollTo(0, 0);
  }

  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest('a');
    if (link) {
      // VS Code's own webview script listens on the window and would open the link too, without the
      // host's check: keep the click to ourselves.
      event.preventDefault();
      event.stopPropagation();
      const href = link.getAttribute('href') || '';
      if (href.startsWith('#')) scrollToAnchor(href);
      else if (href) vscode.postMessage({ type: 'openLink', href });
      return;
    }
    if (event.target.closest('.rto-reset')) {
      vscode.postMessage({ type: 'resetProgress', uri });
      return;
    }
    const problem = event.target.closest('li.rto-problem');
    if (problem) revealProblem(problem);
  });

  // Middle clicks and the like must not open anything either.
  document.addEventListener('auxclick', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) {
      event.preventDefault();
      event.stopPropagation();
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!(event.target instanceof Element)) return;
    const problem = event.target.closest('li.rto-problem');
    if (problem && problem === event.target) {
      event.preventDefault();
      revealProblem(problem);
    }
  });

  // Forms are disabled in this webview; refuse submissions all the same.
  document.addEventListener('submit', (event) => event.preventDefault());

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      saveState();
    });
  });

  // ---- Start -------------------------------------------------------------------------------

  decorate();
  applyChecked((body.dataset.checked || '').split(' ').filter(Boolean));
  // Back from hidden or a reload: return to where the person was reading this document.
  const previous = vscode.getState();
  if (previous && previous.uri === uri && typeof previous.scrollY === 'number') window.scrollTo(0, previous.scrollY);
  saveState();
  reportShown();
  vscode.postMessage({ type: 'ready' });
})();
