/** The benchmark's generated story: 20 decision points of 4 options whose paths merge. */
const competencies = ['respect', 'empathy', 'value', 'restraint', 'composure', 'followthrough'];

/**
 * Each knot offers four once-only options that all lead to the next knot. With `meters`, a
 * 3-valued mood read by a condition and a trust meter from 0 to 10 keep several states per knot
 * apart, as real stories do; without, every path meets again at the next knot.
 */
export function generateBenchStory(decisions = 20, options = 4, meters = true): string {
  const lines = ['# title: Benchmark', 'VAR mood = 0', 'VAR trust = 5', '-> d0'];
  for (let d = 0; d < decisions; d++) {
    const next = d + 1 < decisions ? `d${d + 1}` : 'fin';
    lines.push(`=== d${d} ===`, `Decision ${d + 1}. {mood == 2: She sounds tense.}`);
    for (let o = 0; o < options; o++) {
      const a = competencies[(d + o) % 6]!;
      const b = competencies[(d + 2 * o + 1) % 6]!;
      const deltaA = ((d * 7 + o * 3) % 7) - 3;
      const deltaB = ((d * 5 + o * 11) % 5) - 2;
      const score =
        a === b
          ? `${a}${deltaA >= 0 ? '+' : ''}${deltaA}`
          : `${a}${deltaA >= 0 ? '+' : ''}${deltaA}, ${b}${deltaB >= 0 ? '+' : ''}${deltaB}`;
      lines.push(`* [Option ${o + 1} #score: ${score} #feedback: Why it scores so.]`, `  Reply ${o + 1}.`);
      if (meters) lines.push(`  ~ mood = (mood + ${o}) % 3`);
      if (meters && o === 0) lines.push('  ~ trust = MIN(trust + 1, 10)');
      if (meters && o === 3) lines.push('  ~ trust = MAX(trust - 1, 0)');
      lines.push(`  -> ${next}`);
    }
  }
  lines.push('=== fin ===', 'The end. # ending: Done # stars: 3', '-> END');
  return lines.join('\n');
}
