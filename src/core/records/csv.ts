/**
 * CSV as RFC 4180 writes it, for trainers who open it in a spreadsheet: CRLF line ends, a field
 * quoted when it holds a comma, a quote, CR or LF, quotes doubled inside, and a UTF-8 byte order
 * mark in front so that Excel reads accents and curly quotes as UTF-8 rather than the local code page.
 */

export type CsvCell = string | number | boolean | null;

const byteOrderMark = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some treat a
 * leading tab or CR the same way), so a learner name like `=HYPERLINK(...)` could run on the
 * trainer's machine (CSV injection, OWASP). A leading apostrophe makes the spreadsheet show it as
 * text. Only text is neutralised: numbers the game writes itself, such as a delta of -2, stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return quote(neutraliseFormula(cell));
}

/** A whole file: the header row, then one row per record, with the byte order mark in front. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}
