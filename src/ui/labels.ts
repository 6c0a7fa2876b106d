/** Interface words in one place (translations later), and small formatters shared by the screens. */
import type { ScoreDeltas } from '../core/story/tags';
import type { Rubric } from '../core/scoring/rubric';

export function competencyName(rubric: Rubric, id: string): string {
  return rubric.competencies.find((c) => c.id === id)?.name ?? id;
}

/** "+2 Respect, −1 Value": signs in words and symbols, never colour alone. */
export function describeDeltas(deltas: ScoreDeltas | undefined, rubric: Rubric): string {
  const parts = Object.entries(deltas ?? {}).map(([id, d]) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} ${competencyName(rubric, id)}`);
  return parts.length ? parts.join(', ') : 'No score change';
}

export function starsText(stars: number): string {
  return `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}`;
}

export function speakerName(speaker: string | undefined): string {
  if (!speaker) return '';
  return speaker.toLowerCase() === 'you' ? 'You' : speaker;
}

export function percentText(percent: number): string {
  return `${Math.round(percent)}%`;
}
