import { describe, expect, it } from 'vitest';
import { isNewerState, presenterNamespace, readPresenterMessage } from '../../src/app/presenter/presenter-protocol';

const ours = { ns: presenterNamespace, scenario: 'smoke' };

describe('the presenter protocol', () => {
  it('reads its own messages for its scenario', () => {
    expect(readPresenterMessage({ ...ours, type: 'heartbeat' }, 'smoke')).toEqual({ ...ours, type: 'heartbeat' });
    expect(readPresenterMessage({ ...ours, type: 'command', id: 'a1', command: { kind: 'pick', position: 2 } }, 'smoke')?.type).toBe(
      'command',
    );
  });

  it('drops messages from another app, another scenario, or malformed ones', () => {
    expect(readPresenterMessage({ type: 'heartbeat', scenario: 'smoke' }, 'smoke')).toBeNull();
    expect(readPresenterMessage({ ...ours, ns: 'reveal', type: 'heartbeat' }, 'smoke')).toBeNull();
    expect(readPresenterMessage({ ...ours, type: 'heartbeat' }, 'other')).toBeNull();
    expect(readPresenterMessage({ ...ours, type: 'command', id: 'a1', command: { kind: 'pick', position: 40 } }, 'smoke')).toBeNull();
    expect(readPresenterMessage({ ...ours, type: 'command', id: 'a1', command: { kind: 'delete-everything' } }, 'smoke')).toBeNull();
    expect(readPresenterMessage('{"type":"heartbeat"}', 'smoke')).toBeNull();
  });

  it('orders states by page load, then by count, so a late copy never wins', () => {
    expect(isNewerState(null, { epoch: 1, seq: 1 })).toBe(true);
    expect(isNewerState({ epoch: 1, seq: 5 }, { epoch: 1, seq: 4 })).toBe(false);
    expect(isNewerState({ epoch: 1, seq: 5 }, { epoch: 1, seq: 5 })).toBe(false);
    expect(isNewerState({ epoch: 1, seq: 5 }, { epoch: 2, seq: 1 })).toBe(true);
  });
});
