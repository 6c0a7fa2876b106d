/** The three ways the game is played (design: "Modes and their controls"). */
export const modes = ['practice', 'assessment', 'projector'] as const;
export type Mode = (typeof modes)[number];

export const defaultMode: Mode = 'practice';

export function isMode(value: string): value is Mode {
  return (modes as readonly string[]).includes(value);
}
