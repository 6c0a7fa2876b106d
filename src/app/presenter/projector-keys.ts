/**
 * The projector's keys, as data: a presentation clicker sends PageDown/PageUp (some also B or a
 * period for "blank"), a laptop keyboard the rest. One table, so the on-screen key help, the
 * projector view and the tests read the same thing.
 */
export type ProjectorCommand =
  | { kind: 'advance' }
  | { kind: 'back' }
  | { kind: 'pick'; position: number }
  | { kind: 'reveal' }
  | { kind: 'blank' }
  | { kind: 'timer' }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'presenter' }
  | { kind: 'vote'; decision: number; position: number; count: number };

/** What a key press carries that the map reads; a KeyboardEvent fits. */
export interface KeyPress {
  key: string;
  repeat?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const keyCommands: Readonly<Record<string, ProjectorCommand>> = {
  ArrowRight: { kind: 'advance' },
  PageDown: { kind: 'advance' },
  ' ': { kind: 'advance' },
  ArrowLeft: { kind: 'back' },
  PageUp: { kind: 'back' },
  r: { kind: 'reveal' },
  b: { kind: 'blank' },
  '.': { kind: 'blank' },
  f: { kind: 'fullscreen' },
  t: { kind: 'timer' },
  '?': { kind: 'help' },
  p: { kind: 'presenter' },
};

/**
 * The command a key means in projector mode, or null. Auto-repeat is ignored (a held clicker
 * button must not race through the story), and so are shortcuts with Ctrl, Alt or Meta.
 */
export function projectorCommandFor(press: KeyPress): ProjectorCommand | null {
  if (press.repeat || press.altKey || press.ctrlKey || press.metaKey) return null;
  if (/^[1-9]$/.test(press.key)) return { kind: 'pick', position: Number(press.key) - 1 };
  return keyCommands[press.key] ?? keyCommands[press.key.toLowerCase()] ?? null;
}

/** The key help shown by `?` and printed in the presenter window: keys, then what they do. */
export const projectorKeyHelp: ReadonlyArray<readonly [keys: string, meaning: string]> = [
  ['PageDown · → · Space', 'next line; once the lines are shown, highlight the next option'],
  ['(wait 3 s)', 'a highlighted option is taken after 3 seconds without a key'],
  ['PageUp · ←', 'cancel the highlight; hide the last line; undo the last pick'],
  ['1 – 9', 'take that option at once'],
  ['R', 'reveal how every option scores'],
  ['B · .', 'blank the screen (again to return)'],
  ['T', 'start or stop the discussion timer'],
  ['F', 'full screen'],
  ['P', 'open the presenter window'],
  ['?', 'show or hide these keys'],
];
