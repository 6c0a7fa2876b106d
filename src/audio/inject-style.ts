/**
 * Adds a component's CSS to the page once, under a fixed id, so the audio layer brings its own
 * look without touching the interface's stylesheet.
 */
export function injectStyleOnce(id: string, css: string, doc: Document = document): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = css;
  doc.head.appendChild(style);
}
