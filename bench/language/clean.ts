// Markdown syntax that is not language: front matter, kramdown attribute lines, link destinations,
// URLs, HTML tags and Hugo shortcodes, removed before training and evaluating the detector.
export function cleanForLanguage(markdown: string): string {
  return markdown
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^\{[\s\S]*?\n\}\n/, '') // datenanfragen's JSON front matter
    .replace(/^\{:.*\}$/gm, '')
    .replace(/\{\{<[^>]*>\}\}/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/<[^>\n]*>/g, '');
}
