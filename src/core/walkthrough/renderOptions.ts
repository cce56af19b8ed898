// Options shared by the HTML renderers.

export interface RenderOptions {
  /**
   * 'preview': for the editor webview; adds data-line attributes, a progress line and the
   * problems list. 'export': for publishing; none of those.
   */
  mode: 'preview' | 'export';
  /** Today's date, YYYY-MM-DD, for the deadline banner. */
  today: string;
  /**
   * Maps a relative image path (percent-decoded) to a URL the viewer may load, such as a webview
   * URI; return undefined to refuse. The result must be https: or the alt text is shown instead.
   */
  resolveImage?: (src: string) => string | undefined;
  /** Load https: images written in the document (off by default: see MarkdownSettings). */
  remoteImages?: boolean;
}
