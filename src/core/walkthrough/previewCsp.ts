// The walkthrough preview's Content-Security-Policy. Images come from the webview's own resources
// (the document's folder) and, only when rightToObject.preview.remoteImages is on, from https:.
// The renderer already draws remote images as links when the setting is off; the policy enforces
// the same in the webview, so a renderer bug cannot load a tracking pixel.

export function previewCsp(cspSource: string, nonce: string, remoteImages: boolean): string {
  return ["default-src 'none'", `style-src ${cspSource}`, `img-src ${cspSource}${remoteImages ? ' https:' : ''}`, `script-src 'nonce-${nonce}'`].join('; ');
}
