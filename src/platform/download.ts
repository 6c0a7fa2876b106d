/**
 * Saves text as a file from the browser: a Blob behind a temporary download link, clicked once.
 * The object URL is revoked after the click has been handled, so repeated exports do not leak.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
