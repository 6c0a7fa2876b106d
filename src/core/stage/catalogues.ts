/**
 * The names a story may give the stage with `# room:` and `# portrait:`, each with what it shows,
 * so that the tag parser can reject a name the stage cannot draw and list the ones it can. The
 * drawings themselves live in src/scenes/art, keyed by these names (the compiler checks that every
 * name here has one).
 */

/** The rooms the stage can draw behind the counterpart. */
const roomCatalogue = {
  'home-office': 'a home office: window, curtain, shelf of books, ring light',
  'yoga-studio': 'a warm studio: arched windows, wooden slats, rolled mats, pendant lamps',
  'conference-room': 'an office meeting room: glass panels, a wall screen showing a call, a dark table',
  kitchen: 'a family kitchen: green cabinets, tiles, café curtain, a pegboard of tools',
  'calm-room': 'a plain, quiet room: a window and a plant',
} as const satisfies Record<string, string>;

export type RoomName = keyof typeof roomCatalogue;

/** A story without `# room:` plays in this one: it belongs to no scenario in particular. */
export const defaultRoom: RoomName = 'calm-room';

/** The people the stage can draw as the counterpart, by their look (never by a story's name for them). */
const portraitCatalogue = {
  'auburn-waves': 'long auburn wavy hair, glasses, freckles, mustard cardigan',
  'high-bun': 'dark hair in a high bun, gold earrings, sage zip top',
  'grey-temples': 'short hair grey at the temples, navy blazer, open collar',
  'messy-bun': 'brown hair in a messy bun, lilac sweatshirt',
  'curly-crop': 'short dark curls, teal sweater',
} as const satisfies Record<string, string>;

export type PortraitName = keyof typeof portraitCatalogue;

/** A story without `# portrait:` shows this neutral look. */
export const defaultPortrait: PortraitName = 'curly-crop';

export const roomNames = Object.keys(roomCatalogue) as RoomName[];
export const portraitNames = Object.keys(portraitCatalogue) as PortraitName[];

export function isRoomName(name: string): name is RoomName {
  return Object.hasOwn(roomCatalogue, name);
}

export function isPortraitName(name: string): name is PortraitName {
  return Object.hasOwn(portraitCatalogue, name);
}
