/** Interface words in one place (translations later), and small formatters shared by the screens. */
import type { Rubric } from '../core/scoring/rubric';
import type { ScenarioMeta } from '../core/story/scenario';
import type { Mood, ScoreDeltas } from '../core/story/tags';

function competencyName(rubric: Rubric, id: string): string {
  return rubric.competencies.find((c) => c.id === id)?.name ?? id;
}

/** The minus sign (U+2212), not the hyphen, wherever a number shows. */
const minus = '\u2212';

/** "−3", "0", "4": a number as the screens print it, with a true minus sign. */
export function numberText(n: number): string {
  return n < 0 ? `${minus}${Math.abs(n)}` : String(n);
}

/** "+2 Respect, −1 Value": signs in words and symbols, never colour alone. */
export function describeDeltas(deltas: ScoreDeltas | undefined, rubric: Rubric): string {
  const parts = Object.entries(deltas ?? {}).map(
    ([id, d]) => `${d > 0 ? '+' : d < 0 ? minus : '±'}${Math.abs(d)} ${competencyName(rubric, id)}`,
  );
  return parts.length ? parts.join(', ') : 'No score change';
}

export function starsText(stars: number): string {
  return `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}`;
}

export const moodWords: Record<Mood, string> = {
  pleased: 'pleased',
  neutral: 'neutral',
  annoyed: 'annoyed',
  angry: 'angry',
  hurt: 'hurt',
  delighted: 'delighted',
};

/** The name shown before a line: "You" for the player's lines, else the speaker as written. */
export function speakerName(speaker: string | null, whose: 'you' | 'them' | 'narration'): string {
  if (!speaker) return '';
  return whose === 'you' ? 'You' : speaker;
}

/** "Renee" from "Renee Holloway, professional blogger": how the screens refer to the counterpart. */
export function counterpartFirstName(meta: ScenarioMeta, fallback: string): string {
  return meta.counterpart?.firstName || fallback;
}

/** "Briefing: The Pushy Presenter · Glasshouse": the tab says where the learner is. */
export function pageTitle(screen: string, scenarioTitle?: string): string {
  return [scenarioTitle ? `${screen}: ${scenarioTitle}` : screen, 'Glasshouse'].join(' · ');
}

export function percentText(percent: number): string {
  return `${numberText(Math.round(percent))}%`;
}

/**
 * A date in US English, by a formatter made on first use: building an `Intl.DateTimeFormat` at
 * module load cost the menu's first paint about 8 ms in a profile, for dates only records show.
 */
export function dateText(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | null = null;
  return (date) => {
    format ??= new Intl.DateTimeFormat('en-US', options);
    return format.format(date);
  };
}
