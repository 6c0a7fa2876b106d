/**
 * Tells: patterns that give the best option away without reading it. A learner who always picks
 * the longest label, or always the option at one place, should not pass. The checker counts each
 * distinct decision once (however many story states offer it) and warns when the best option is
 * the longest label, or at the same authored position, in more than 40% of them.
 */
import type { Diagnostic } from './diagnostic.ts';

/** More than this share of decisions with one pattern is a tell. */
const tellShare = 0.4;

export interface OfferedOption {
  label: string;
  /** The option's overall delta (the rubric's weighted sum). */
  overall: number;
}

interface DecisionTells {
  line: number;
  bestIsLongest: boolean;
  bestPositions: number[];
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

export class TellCounter {
  /** By the decision's identity: the Ink paths of the options it offers. */
  private readonly decisions = new Map<string, DecisionTells>();

  /**
   * Counts one decision as offered. A decision whose options all score the same has no best
   * option and counts for nothing. With ties, picking the longest (or position p) is a tell when
   * it lands on one of the best.
   */
  observe(identity: string, options: readonly OfferedOption[], line: number): void {
    if (this.decisions.has(identity) || options.length < 2) return;
    const best = Math.max(...options.map((o) => o.overall));
    if (options.every((o) => o.overall === best)) return;
    const longest = Math.max(...options.map((o) => o.label.length));
    this.decisions.set(identity, {
      line,
      bestIsLongest: options.some((o) => o.overall === best && o.label.length === longest),
      bestPositions: options.flatMap((o, i) => (o.overall === best ? [i] : [])),
    });
  }

  warnings(file: string): Diagnostic[] {
    const all = [...this.decisions.values()].sort((a, b) => a.line - b.line);
    const warnings: Diagnostic[] = [];
    const share = (count: number) => `${count} of ${all.length} decisions (${Math.round((count / all.length) * 100)}%)`;
    const longest = all.filter((d) => d.bestIsLongest);
    if (all.length && longest.length / all.length > tellShare) {
      warnings.push({
        file,
        line: longest[0]!.line,
        message:
          `the best option is the longest label in ${share(longest.length)}: picking the longest label finds the best option. ` +
          `Even out the label lengths so that at most ${Math.round(tellShare * 100)}% of decisions give it away`,
      });
    }
    const positions = Math.max(0, ...all.flatMap((d) => d.bestPositions)) + 1;
    for (let position = 0; position < positions; position++) {
      const here = all.filter((d) => d.bestPositions.includes(position));
      if (!all.length || here.length / all.length <= tellShare) continue;
      warnings.push({
        file,
        line: here[0]!.line,
        message:
          `the best option is written ${ordinals[position] ?? `number ${position + 1}`} in ${share(here.length)}: ` +
          `the game shuffles options, but the terminal player, printed scripts and a facilitator reading the file do not. ` +
          `Vary where the best option is written`,
      });
    }
    return warnings;
  }
}
