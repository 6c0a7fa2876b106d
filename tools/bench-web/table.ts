/** The one table `npm run bench:web` prints: median, min and max per figure, game beside baseline. */

type Unit = 'ms' | 'KB' | 'MB' | 'fps' | 'nodes' | 'listeners' | 'trees' | 's' | '%';

export interface Figure {
  name: string;
  unit: Unit;
  game: number[];
  /** The same figure on the bare inkjs page, where it applies. */
  baseline?: number[];
  /** Per-pair game/baseline ratios, for figures measured interleaved. */
  ratio?: number[];
}

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(values: number[]): Spread | null {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!finite.length) return null;
  const middle = finite.length / 2;
  const median = finite.length % 2 ? finite[Math.floor(middle)]! : (finite[middle - 1]! + finite[middle]!) / 2;
  return { median, min: finite[0]!, max: finite[finite.length - 1]! };
}

export function median(values: number[]): number {
  return spread(values)?.median ?? Number.NaN;
}

function formatNumber(value: number, unit: Unit | 'x'): string {
  if (unit === 'x') return `${value.toFixed(2)}x`;
  const digits =
    unit === 'MB' ||
    unit === 'KB' ||
    unit === 'fps' ||
    unit === 's' ||
    unit === '%' ||
    (Math.abs(value) < 10 && unit !== 'nodes' && unit !== 'listeners' && unit !== 'trees')
      ? 1
      : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatSpread(values: number[] | undefined, unit: Unit | 'x'): string {
  if (!values) return '';
  const s = spread(values);
  if (!s) return 'not measured';
  const suffix = unit === 'x' ? '' : unit === '%' ? '%' : ` ${unit}`;
  if (values.length === 1 || s.min === s.max) return `${formatNumber(s.median, unit)}${suffix}`;
  return `${formatNumber(s.median, unit)}${suffix} (${formatNumber(s.min, unit)} to ${formatNumber(s.max, unit)})`;
}

/** A Markdown table, so the README's Measured section can take it as printed. */
export function formatTable(figures: Figure[]): string {
  const rows = [
    '| figure | game: median (min to max) | bare inkjs page | game / bare | runs |',
    '| --- | --- | --- | --- | --- |',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${formatSpread(f.game, f.unit)} | ${formatSpread(f.baseline, f.unit)} | ${formatSpread(f.ratio, 'x')} | ${f.game.length} |`,
    ),
  ];
  return rows.join('\n');
}

/** Figures with no finite value: the harness broke there. */
export function unmeasured(figures: Figure[]): string[] {
  return figures.filter((f) => !spread(f.game) || (f.baseline !== undefined && !spread(f.baseline))).map((f) => f.name);
}
