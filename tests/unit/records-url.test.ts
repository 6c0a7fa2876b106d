import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultLaunchSettings,
  launchLink,
  launchQuery,
  parseLaunchSettings,
  tidyLearnerName,
  type LaunchSettings,
} from '../../src/core/settings/launch-settings';
import { modes } from '../../src/core/settings/modes';

const known = ['pushy-presenter', 'no-show-prospect', 'threatening-customer', 'overeager-studio'];
const parse = (query: string) => parseLaunchSettings(new URLSearchParams(query), known);

describe('the trainer link', () => {
  it('gives the defaults, without a problem, when it sets nothing', () => {
    expect(parse('')).toEqual({ settings: defaultLaunchSettings, problems: [] });
  });

  it('reads every value of the contract', () => {
    expect(
      parse('?mode=assessment&scenarios=no-show-prospect,pushy-presenter&learner=Dana%20Whitfield&attempts=2&pass=80&feedback=off')
        .settings,
    ).toEqual({
      mode: 'assessment',
      scenario: null,
      scenarios: ['no-show-prospect', 'pushy-presenter'],
      learner: 'Dana Whitfield',
      attempts: 2,
      passMark: 80,
      feedback: false,
    });
    expect(parse('scenario=overeager-studio&mode=Projector&feedback=ON').settings).toMatchObject({
      mode: 'projector',
      scenario: 'overeager-studio',
      feedback: true,
    });
  });

  it('ignores parameters it does not name, such as an LMS’s own', () => {
    expect(parse('endpoint=https%3A%2F%2Flrs&registration=abc&mode=practice').problems).toEqual([]);
  });

  it.each([
    [
      'mode=exam',
      'The link asks for the mode “exam”, which is not one of practice, assessment or projector, so practice is used.',
      { mode: 'practice' },
    ],
    [
      'scenario=pushy',
      'The link names a scenario “pushy”, which this game does not have, so the menu is shown instead.',
      { scenario: null },
    ],
    [
      'attempts=0',
      'The link allows “0” attempts, which is not a whole number from 1 to 99, so the mode’s default is used.',
      { attempts: null },
    ],
    [
      'attempts=2.5',
      'The link allows “2.5” attempts, which is not a whole number from 1 to 99, so the mode’s default is used.',
      { attempts: null },
    ],
    [
      'pass=120',
      'The link sets the pass mark to “120”, which is not a number from 0 to 100, so the usual pass mark is used.',
      { passMark: null },
    ],
    [
      'pass=-5',
      'The link sets the pass mark to “-5”, which is not a number from 0 to 100, so the usual pass mark is used.',
      { passMark: null },
    ],
    [
      'feedback=maybe',
      'The link sets feedback to “maybe”, which is neither on nor off, so the mode’s default is used.',
      { feedback: null },
    ],
    ['learner=%20%20', 'The link gives an empty learner name, so the learner will be asked for it.', { learner: null }],
  ])('names the bad value in %s and falls back to the default', (query, message, fallback) => {
    const parsed = parse(query);
    expect(parsed.problems).toEqual([message]);
    expect(parsed.settings).toEqual({ ...defaultLaunchSettings, ...fallback });
  });

  it('keeps the good scenarios of a list and names each unknown one', () => {
    const parsed = parse('scenarios=pushy-presenter,nope,,no-show-prospect,pushy-presenter');
    expect(parsed.settings.scenarios).toEqual(['pushy-presenter', 'no-show-prospect']);
    expect(parsed.problems).toEqual(['The link names a scenario “nope”, which this game does not have, so it is left off the menu.']);
  });

  it('shows every scenario when the list names none it has', () => {
    expect(parse('scenarios=a,b')).toMatchObject({
      settings: { scenarios: null },
      problems: [
        expect.stringContaining('“a”'),
        expect.stringContaining('“b”'),
        'The link’s list of scenarios names none that this game has, so every scenario is shown.',
      ],
    });
  });

  it('tidies a learner name and refuses one that is too long', () => {
    expect(parse('learner=%20Dana%0A%20%20Whitfield%09').settings.learner).toBe('Dana Whitfield');
    expect(parse(`learner=${'x'.repeat(81)}`).problems).toEqual([
      'The learner name in the link is longer than 80 characters, so the learner will be asked for it.',
    ]);
  });

  it('shortens a long bad value in its message and hides control characters', () => {
    expect(parse(`mode=${'z'.repeat(100)}`).problems[0]).toContain(`“${'z'.repeat(40)}…”`);
    expect(parse('feedback=%1B[31m').problems[0]).toContain('“?[31m”');
  });

  it('builds a link that the parser reads back as the same settings', () => {
    const learnerName = fc
      .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
      .map(tidyLearnerName)
      .filter((s) => s !== '' && s.length <= 80);
    const settings: fc.Arbitrary<LaunchSettings> = fc.record({
      mode: fc.constantFrom(...modes),
      scenario: fc.option(fc.constantFrom(...known)),
      scenarios: fc.option(fc.uniqueArray(fc.constantFrom(...known), { minLength: 1 })),
      learner: fc.option(learnerName),
      attempts: fc.option(fc.integer({ min: 1, max: 99 })),
      passMark: fc.option(fc.integer({ min: 0, max: 100 })),
      feedback: fc.option(fc.boolean()),
    });
    fc.assert(
      fc.property(settings, (s) => {
        const link = launchLink('https://training.example/glasshouse/index.html?old=1#menu', s);
        expect(link.startsWith('https://training.example/glasshouse/index.html')).toBe(true);
        expect(parseLaunchSettings(new URL(link).searchParams, known)).toEqual({ settings: s, problems: [] });
      }),
    );
  });

  it('leaves defaults out of the link and keeps commas readable', () => {
    expect(launchQuery(defaultLaunchSettings)).toBe('');
    expect(launchQuery({ ...defaultLaunchSettings, mode: 'assessment', scenarios: ['a', 'b'], learner: 'Zoë & co' })).toBe(
      '?mode=assessment&scenarios=a,b&learner=Zo%C3%AB%20%26%20co',
    );
  });
});
