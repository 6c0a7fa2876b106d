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

/** A file name stamped with the day, such as `glasshouse-attempts-2026-12-01.csv`. */
export function datedFileName(stem: string, extension: string, at: Date = new Date()): string {
  return `${stem}-${at.toISOString().slice(0, 10)}.${extension}`;
}
