/**
 * What the game says about a critical mistake: plainly in the coaching right after it, and in one
 * sentence on the debrief, with the session's result failing the attempt whatever its percent.
 */
import { describe, expect, it } from 'vitest';
import { PlayController } from '../../src/app/play-controller';
import { criticalCoaching, criticalMistakeWords } from '../../src/core/session/coaching';
import { PlaySession } from '../../src/core/session/play-session';
import { explainVerdict } from '../../src/core/session/verdict';
import { rubric, scenarioFrom } from './helpers';

const critical = scenarioFrom('tests/fixtures/critical.ink');
const insult = { tags: { critical: 'Insulted her intelligence in writing' } };

describe('the words for a critical mistake', () => {
  it('name it in the coaching, and say the attempt cannot pass', () => {
    expect(criticalCoaching(insult)).toBe('Critical mistake: Insulted her intelligence in writing. This attempt cannot pass.');
  });

  it('keep an author’s own full stop, and mark the debrief’s decision without the warning', () => {
    expect(criticalCoaching({ tags: { critical: 'Posted her private emails.' } })).toBe(
      'Critical mistake: Posted her private emails. This attempt cannot pass.',
    );
    expect(criticalMistakeWords(insult)).toBe('Critical mistake: Insulted her intelligence in writing.');
  });

  it('say nothing for an option that is not critical', () => {
    expect(criticalCoaching({ tags: {} })).toBeNull();
    expect(criticalMistakeWords({ tags: { critical: '  ' } })).toBeNull();
  });
});

describe('a critical choice in play', () => {
  it('shows the critical coaching right after it', () => {
    const controller = new PlayController(PlaySession.replay(critical, rubric, [0]), { coachingOn: () => true });
    controller.optionsShown(1);
    const shown = controller.view.options.find((o) => o.label === "Tell her she probably doesn't know how")!;
    controller.choose(shown.position, 1);
    expect(controller.view.coaching?.critical).toBe('Critical mistake: Belittled her in writing. This attempt cannot pass.');
  });

  it('shows no critical line for an ordinary choice', () => {
    const controller = new PlayController(new PlaySession(critical, rubric), { coachingOn: () => true });
    controller.optionsShown(0);
    controller.choose(controller.view.options.find((o) => o.label === 'Send step 4')!.position, 0);
    expect(controller.view.coaching).toMatchObject({ label: 'Send step 4', critical: null });
  });

  it('fails the attempt whatever its percent, and the debrief’s sentence says why', () => {
    const result = PlaySession.replay(critical, rubric, [0, 1]).result();
    expect(result.passedOnPercent).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.criticalMistakes).toEqual([
      { decision: 1, label: "Tell her she probably doesn't know how", reason: 'Belittled her in writing' },
    ]);
    expect(explainVerdict(result)).toBe(
      `Failed: a critical mistake at decision 2 (Belittled her in writing), though the score was ${Math.round(result.overall.percent)}%.`,
    );
  });

  it('leaves the verdict to the percent on a path with no critical mistake', () => {
    const result = PlaySession.replay(critical, rubric, [0, 0]).result();
    expect(result.criticalMistakes).toEqual([]);
    expect(explainVerdict(result)).toBeNull();
  });
});
