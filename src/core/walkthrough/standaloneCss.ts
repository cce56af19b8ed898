// The stylesheet inlined into exported pages. Same classes as media/walkthrough.css, but with its
// own colours (light by default, dark through prefers-color-scheme) since there is no editor theme.
export const STANDALONE_CSS = `
:root {
  color-scheme: light dark;
  --rto-fg: #1f2328; --rto-bg: #ffffff; --rto-muted: #59636e; --rto-border: #d1d9e0;
  --rto-link: #0969da; --rto-badge-bg: #ddf4ff; --rto-badge-fg: #0a3069;
  --rto-warn-bg: #fff8c5; --rto-warn-border: #9a6700; --rto-error-bg: #ffebe9; --rto-error-border: #cf222e;
  --rto-note-bg: #f6f8fa; --rto-focus: #0969da; --rto-code-bg: #f6f8fa;
}
@media (prefers-color-scheme: dark) {
  :root {
    --rto-fg: #e6edf3; --rto-bg: #0d1117; --rto-muted: #9198a1; --rto-border: #3d444d;
    --rto-link: #4493f8; --rto-badge-bg: #102d4f; --rto-badge-fg: #cae8ff;
    --rto-warn-bg: #2e2a0f; --rto-warn-border: #d29922; --rto-error-bg: #3b1219; --rto-error-border: #f85149;
    --rto-note-bg: #151b23; --rto-focus: #4493f8; --rto-code-bg: #151b23;
  }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 2rem 1rem; background: var(--rto-bg); color: var(--rto-fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.rto-walkthrough { max-width: 46rem; margin: 0 auto; }
a { color: var(--rto-link); }
a:focus-visible, input:focus-visible { outline: 2px solid var(--rto-focus); outline-offset: 2px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--rto-code-bg); }
code { padding: 0.1em 0.3em; border-radius: 4px; }
pre { padding: 0.75rem; overflow-x: auto; border-radius: 6px; }
pre code { padding: 0; }
blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--rto-border); color: var(--rto-muted); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--rto-border); padding: 0.3rem 0.6rem; }
.rto-align-left { text-align: left; } .rto-align-center { text-align: center; } .rto-align-right { text-align: right; }
.rto-title { margin: 0 0 0.5rem; font-size: 1.8rem; line-height: 1.25; }
.rto-meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0 0 1rem; color: var(--rto-muted); }
.rto-meta-item { display: flex; gap: 0.4rem; }
.rto-meta dt::after { content: ":"; }
.rto-meta dd { margin: 0; }
.rto-section-title { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.rto-deadline { display: block; margin: 1rem 0; padding: 0.6rem 0.9rem; border-left: 4px solid var(--rto-border); background: var(--rto-note-bg); }
.rto-deadline-soon { border-left-color: var(--rto-warn-border); background: var(--rto-warn-bg); }
.rto-deadline-past { border: 2px solid var(--rto-error-border); border-left-width: 6px; background: var(--rto-error-bg); font-size: 1.05rem; }
.rto-deadline-label { margin-right: 0.4rem; }
.rto-facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.5rem; margin: 0; }
.rto-fact { padding: 0.5rem 0.7rem; border: 1px solid var(--rto-border); border-radius: 6px; }
.rto-fact dt { font-size: 0.85rem; color: var(--rto-muted); }
.rto-fact dd { margin: 0.1rem 0 0; font-weight: 600; }
.rto-fact-burden { border-color: var(--rto-warn-border); }
.rto-progress { color: var(--rto-muted); }
.rto-steps { list-style: none; padding: 0; margin: 1rem 0; }
.rto-step { margin: 0 0 0.75rem; padding: 0.6rem 0.8rem; border: 1px solid var(--rto-border); border-radius: 6px; }
.rto-step-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; }
.rto-step-check { width: 1.1rem; height: 1.1rem; margin: 0; }
.rto-step-label { font-weight: 600; }
.rto-step-tags { display: inline-flex; flex-wrap: wrap; gap: 0.3rem; }
.rto-tag { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.8rem;
  background: var(--rto-badge-bg); color: var(--rto-badge-fg); border: 1px solid transparent; }
.rto-tag-otp, .rto-tag-id-upload, .rto-tag-justify, .rto-tag-discretion { border-color: var(--rto-warn-border); }
.rto-step-text > :first-child { margin-top: 0.4rem; }
.rto-step-text > :last-child { margin-bottom: 0; }
.rto-step:has(.rto-step-check:checked) .rto-step-text { color: var(--rto-muted); text-decoration: line-through; }
.rto-link-blocked { text-decoration: underline dotted; }
.rto-image-alt { font-style: italic; color: var(--rto-muted); }
.rto-source-list { padding-left: 1.2rem; word-break: break-all; }
@media print { .rto-step-check { display: none; } body { padding: 0; } }
@media (prefers-contrast: more) { .rto-fact, .rto-step, .rto-tag { border-color: currentColor; } }
`;
