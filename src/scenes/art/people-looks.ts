/**
 * How each portrait of the catalogue looks (skin, hair, clothes, glasses...), and the plain figure
 * shown for someone other than the counterpart. Data only: people.ts and faces.ts draw it.
 */
import type { PortraitName } from '../../core/stage/catalogues';
import type { StagePerson } from '../../core/stage/stage-view';

type HairStyle = 'wavy-long' | 'high-bun' | 'short-side' | 'messy-bun' | 'curly-crop';
type Clothing = 'cardigan' | 'zip-top' | 'blazer' | 'sweatshirt' | 'sweater';

export interface PersonLook {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  clothing: Clothing;
  top: string;
  /** The shirt or top under the outer layer. */
  under: string;
  lips: string;
  glasses: string | null;
  earrings: string | null;
  freckles: boolean;
  /** A soft backdrop colour for the video-call tile, matched to the person's room. */
  videoBackdrop: [string, string];
}

/** One look per portrait of the catalogue (src/core/stage/catalogues.ts), which stories name with `# portrait:`. */
const looks: Record<PortraitName, PersonLook> = {
  'auburn-waves': {
    skin: '#f0c8a6',
    hair: '#9c4a2b',
    hairStyle: 'wavy-long',
    clothing: 'cardigan',
    top: '#d9a441',
    under: '#f7efe3',
    lips: '#a4524a',
    glasses: '#3a2e2e',
    earrings: null,
    freckles: true,
    videoBackdrop: ['#f3e2d2', '#e6cbb3'],
  },
  'high-bun': {
    skin: '#8a5638',
    hair: '#1f1a1d',
    hairStyle: 'high-bun',
    clothing: 'zip-top',
    top: '#7fa88f',
    under: '#f4efe6',
    lips: '#5e2f26',
    glasses: null,
    earrings: '#e2b04a',
    freckles: false,
    videoBackdrop: ['#f6dcc6', '#eabf9f'],
  },
  'grey-temples': {
    skin: '#e9b995',
    hair: '#7a6a5e',
    hairStyle: 'short-side',
    clothing: 'blazer',
    top: '#34476b',
    under: '#d4e3ef',
    lips: '#9a5a4c',
    glasses: null,
    earrings: null,
    freckles: false,
    videoBackdrop: ['#e4e6e4', '#c9d1d1'],
  },
  'messy-bun': {
    skin: '#c68b63',
    hair: '#4a3022',
    hairStyle: 'messy-bun',
    clothing: 'sweatshirt',
    top: '#b7a3d1',
    under: '#efe6f6',
    lips: '#8a4538',
    glasses: null,
    earrings: null,
    freckles: false,
    videoBackdrop: ['#f1e6d6', '#dcc8ae'],
  },
  'curly-crop': {
    skin: '#d6a27d',
    hair: '#2f2622',
    hairStyle: 'curly-crop',
    clothing: 'sweater',
    top: '#4f8a86',
    under: '#eef4f1',
    lips: '#8e4a3e',
    glasses: null,
    earrings: null,
    freckles: false,
    videoBackdrop: ['#ece5da', '#d8cbb8'],
  },
};

/**
 * Whoever has the channel when it is not the counterpart (a colleague, a manager): a plain figure
 * in muted greys, so that nobody takes them for the counterpart, whoever that is.
 */
const someoneElseLook: PersonLook = {
  skin: '#d8c6b6',
  hair: '#8c8790',
  hairStyle: 'short-side',
  clothing: 'sweater',
  top: '#a7b0ba',
  under: '#eef0f2',
  lips: '#a58a80',
  glasses: null,
  earrings: null,
  freckles: false,
  videoBackdrop: ['#e8e6e3', '#d3d0cc'],
};

export function personLook(person: StagePerson): PersonLook {
  return person === 'someone-else' ? someoneElseLook : looks[person];
}
