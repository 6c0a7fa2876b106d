/** Tells: the checker warns when the best option is given away by its length or its place. */
import { describe, expect, it } from 'vitest';
import { TellCounter } from '../../src/core/checker/tells.ts';
import { checkFile } from './helpers.ts';

describe('the checker on tells', () => {
  it('warns when the best option is the longest label, or written at one place, in more than 40% of decisions', () => {
    const { report } = checkFile('tests/fixtures/bad/tells.ink');
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '6: the best option is the longest label in 3 of 3 decisions (100%): picking the longest label finds the best option. ' +
        'Even out the label lengths so that at most 40% of decisions give it away',
      '6: the best option is written first in 2 of 3 decisions (67%): the game shuffles options, but the terminal player, ' +
        'printed scripts and a facilitator reading the file do not. Vary where the best option is written',
    ]);
  });

  it('counts a decision once however many story states offer it, and skips decisions with no best option', () => {
    const tells = new TellCounter();
    const options = [
      { label: 'Short', overall: 1 },
      { label: 'A much longer label', overall: 0 },
    ];
    for (let state = 0; state < 5; state++) tells.observe('menu-a', options, 10);
    tells.observe(
      'menu-b',
      [
        { label: 'Even', overall: 0 },
        { label: 'Evenly', overall: 0 },
      ],
      20,
    );
    tells.observe(
      'menu-c',
      [
        { label: 'Best and longest', overall: 2 },
        { label: 'Worse', overall: 0 },
      ],
      30,
    );
    tells.observe(
      'menu-d',
      [
        { label: 'Nope', overall: 0 },
        { label: 'Yes', overall: 1 },
      ],
      40,
    );
    // Three decisions count: the longest is best once (33%); the first is best twice (67%).
    expect(tells.warnings('x.ink').map((w) => w.line)).toEqual([10]);
  });

  it('stays quiet at 40% exactly', () => {
    const tells = new TellCounter();
    const bestLongFirst = [
      { label: 'The best, longest one', overall: 1 },
      { label: 'Worse', overall: 0 },
    ];
    const bestShortSecond = [
      { label: 'A worse but longer one', overall: 0 },
      { label: 'Best', overall: 1 },
    ];
    tells.observe('1', bestLongFirst, 1);
    tells.observe('2', bestLongFirst, 2);
    tells.observe('3', bestShortSecond, 3);
    tells.observe('4', bestShortSecond, 4);
    tells.observe(
      '5',
      [
        { label: 'Worse', overall: 0 },
        { label: 'Also worse', overall: 0 },
        { label: 'Best', overall: 2 },
      ],
      5,
    );
    expect(tells.warnings('x.ink')).toEqual([]);
  });
});
