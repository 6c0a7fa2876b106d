/**
 * The counterpart as a bust drawn from simple shapes. The bust is two layers: the person (body,
 * head, hair), drawn here, and the face (eyebrows, eyes, mouth), drawn in faces.ts, so a change of
 * mood swaps only the face. Both layers share one 400 x 440 drawing space.
 */
import type { PersonLook } from './people-looks';
import { circle, ellipse, path, rect, shade, stroke, svgDocument } from './svg';

export const bustView = { width: 400, height: 440 } as const;
/** The part of the drawing space the face layer covers (brows, eyes, glasses, cheeks, mouth). */
export const faceCrop = { x: 112, y: 116, w: 176, h: 148 } as const;
/** Where the eyes sit in the drawing space, for anything that must line up with them. */
export const bustEyes = { left: 170, right: 230, y: 178 } as const;

const facePath = 'M122 168 C122 112 156 76 200 76 C244 76 278 112 278 168 C278 224 246 262 200 262 C154 262 122 224 122 168 Z';

function hairBack(look: PersonLook): string {
  const h = look.hair;
  switch (look.hairStyle) {
    case 'wavy-long':
      return path(
        'M110 168 C102 92 150 54 202 54 C258 54 302 96 292 172 C298 222 306 262 300 300 C296 322 282 334 266 330 ' +
          'C256 340 240 338 232 326 L168 326 C160 338 144 340 134 330 C118 334 104 322 100 300 C94 262 102 222 110 168 Z',
        h,
      );
    case 'high-bun':
      return circle(200, 50, 38, h) + ellipse(200, 86, 26, 10, shade(h, 0.12));
    case 'messy-bun':
      return (
        path('M168 52 C160 28 186 14 204 20 C220 8 246 24 238 44 C252 56 240 78 222 74 C206 86 178 80 174 68 C158 70 156 56 168 52 Z', h) +
        stroke('M186 36 C196 30 210 32 220 40', shade(h, -0.25), 3) +
        rect(182, 70, 36, 12, '#e07a5f', 6) /* a hair tie */
      );
    case 'curly-crop':
      return '';
    case 'short-side':
      return '';
  }
}

function hairFront(look: PersonLook): string {
  const h = look.hair;
  const dark = shade(h, -0.22);
  const light = shade(h, 0.16);
  switch (look.hairStyle) {
    case 'wavy-long':
      return (
        path(
          'M116 196 C104 112 150 64 204 64 C258 64 300 108 286 198 C280 172 276 150 266 132 ' +
            'C240 128 206 112 186 96 C174 116 150 128 128 136 C122 156 118 176 116 196 Z',
          h,
        ) +
        stroke('M186 98 C170 116 150 126 132 132', dark, 3, 'opacity="0.5"') +
        stroke('M206 82 C226 100 248 112 266 120', light, 3, 'opacity="0.55"')
      );
    case 'high-bun':
      return (
        path('M122 166 C116 106 156 70 200 70 C244 70 284 106 278 166 C272 130 252 104 200 100 C148 104 128 130 122 166 Z', h) +
        stroke('M150 88 C170 80 190 78 206 80', light, 2.5, 'opacity="0.45"')
      );
    case 'short-side':
      return (
        path(
          'M120 168 C112 104 152 64 204 64 C254 66 290 102 280 168 C276 146 270 128 258 116 ' +
            'C232 112 196 116 166 104 C150 118 132 138 124 166 Z',
          h,
        ) +
        // Grey at the temples.
        path('M120 168 C118 150 120 140 124 132 C126 146 126 158 128 172 Z', shade(h, 0.45)) +
        path('M280 168 C282 150 280 140 276 132 C274 146 274 158 272 172 Z', shade(h, 0.45)) +
        stroke('M168 104 C196 112 232 110 256 114', light, 2.5, 'opacity="0.55"')
      );
    case 'messy-bun':
      return (
        path(
          'M120 172 C114 108 154 70 200 70 C246 70 286 108 280 172 C272 138 256 112 214 104 C208 96 196 96 190 104 C150 110 128 136 120 172 Z',
          h,
        ) +
        // Loose strands that escaped the bun.
        stroke('M128 150 C118 176 122 200 116 222', h, 5) +
        stroke('M274 150 C284 180 280 204 288 226', h, 5) +
        stroke('M204 102 C214 118 228 124 240 126', dark, 2.5, 'opacity="0.55"')
      );
    case 'curly-crop': {
      const curls = [
        [140, 104, 22],
        [162, 84, 24],
        [190, 74, 24],
        [220, 76, 24],
        [246, 88, 23],
        [264, 110, 21],
        [130, 130, 18],
        [272, 134, 18],
        [176, 96, 18],
        [230, 96, 18],
        [204, 92, 18],
      ] as const;
      return curls.map(([x, y, r]) => circle(x, y, r, h)).join('') + stroke('M150 92 C170 82 190 80 206 82', light, 2.5, 'opacity="0.4"');
    }
  }
}

function clothing(look: PersonLook): string {
  const top = look.top;
  const topShade = shade(top, -0.14);
  const body = 'M18 470 C20 384 58 344 128 330 L272 330 C342 344 380 384 382 470 Z';
  switch (look.clothing) {
    case 'cardigan':
      return (
        path(body, top) +
        // The top under the open cardigan, a scoop neck and a small pendant.
        path('M150 330 C164 380 236 380 250 330 L266 470 L134 470 Z', look.under) +
        path('M168 330 C178 352 222 352 232 330 Z', look.skin) +
        stroke('M176 336 C186 354 214 354 224 336', '#c9a24a', 1.8) +
        circle(200, 356, 4, '#e2b04a') +
        stroke('M150 330 L136 470', topShade, 5) +
        stroke('M250 330 L264 470', topShade, 5) +
        circle(140, 400, 3.5, topShade) +
        circle(137, 424, 3.5, topShade)
      );
    case 'zip-top':
      return (
        path(body, top) +
        path('M160 318 L240 318 L246 346 C224 356 176 356 154 346 Z', shade(top, -0.08)) +
        stroke('M200 348 L200 470', shade(top, -0.3), 3) +
        rect(195, 354, 10, 14, '#e9e4da', 2) +
        stroke('M60 384 C90 370 120 364 150 364', shade(top, 0.3), 3, 'opacity="0.7"') +
        stroke('M340 384 C310 370 280 364 250 364', shade(top, 0.3), 3, 'opacity="0.7"')
      );
    case 'blazer':
      return (
        path(body, top) +
        // Open-collar shirt between the lapels.
        path('M154 326 L246 326 L200 414 Z', look.under) +
        path('M170 326 L200 358 L230 326 Z', look.skin) +
        path('M164 322 L200 358 L186 376 L152 336 Z', '#ffffff') +
        path('M236 322 L200 358 L214 376 L248 336 Z', '#ffffff') +
        path('M146 332 L200 416 L192 470 L116 470 L122 352 Z', topShade) +
        path('M254 332 L200 416 L208 470 L284 470 L278 352 Z', topShade) +
        circle(200, 440, 4, shade(top, -0.35)) +
        stroke('M104 380 L108 470', shade(top, -0.25), 2.5, 'opacity="0.6"') +
        stroke('M296 380 L292 470', shade(top, -0.25), 2.5, 'opacity="0.6"')
      );
    case 'sweatshirt':
      return (
        path(body, top) +
        path('M164 326 C174 352 226 352 236 326 L246 330 C236 364 164 364 154 330 Z', topShade) +
        stroke('M92 470 C96 408 102 386 112 372', topShade, 3, 'opacity="0.6"') +
        stroke('M308 470 C304 408 298 386 288 372', topShade, 3, 'opacity="0.6"')
      );
    case 'sweater':
      return (
        path(body, top) +
        path('M158 326 C170 356 230 356 242 326 L250 332 C238 370 162 370 150 332 Z', topShade) +
        stroke('M120 400 L280 400', shade(top, 0.12), 3, 'opacity="0.5"')
      );
  }
}

/** The person without a face: body, neck, head, ears and hair. */
export function bustBaseSvg(look: PersonLook, width: number, height: number): string {
  const skinShade = shade(look.skin, -0.13);
  const body =
    hairBack(look) +
    // Neck, with the shadow the chin casts.
    path('M170 236 L230 236 L234 316 C214 328 186 328 166 316 Z', look.skin) +
    path('M170 250 C186 270 214 270 230 250 L230 282 C212 292 188 292 170 282 Z', skinShade, 'opacity="0.7"') +
    `<g transform="translate(0 -24)">${clothing(look)}</g>` +
    // Ears, behind the face outline.
    ellipse(124, 182, 12, 18, look.skin) +
    ellipse(276, 182, 12, 18, look.skin) +
    ellipse(125, 183, 5, 9, skinShade, 'opacity="0.6"') +
    ellipse(275, 183, 5, 9, skinShade, 'opacity="0.6"') +
    (look.earrings
      ? circle(122, 204, 5, 'none', `stroke="${look.earrings}" stroke-width="2.5"`) +
        circle(278, 204, 5, 'none', `stroke="${look.earrings}" stroke-width="2.5"`)
      : '') +
    path(facePath, look.skin) +
    // A soft shade down one side of the face gives it volume without outlines.
    path(
      'M244 90 C268 110 280 140 278 170 C276 222 246 258 208 262 C238 236 252 200 252 166 C252 132 250 108 244 90 Z',
      skinShade,
      'opacity="0.35"',
    ) +
    // The nose: one soft stroke and a shadow.
    stroke('M201 186 C196 198 194 206 200 210 C203 212 207 211 209 209', skinShade, 3.2) +
    (look.freckles
      ? [
          [166, 206],
          [174, 212],
          [160, 214],
          [234, 206],
          [226, 212],
          [240, 214],
        ]
          .map(([x, y]) => circle(x ?? 0, y ?? 0, 1.8, shade(look.skin, -0.28), 'opacity="0.55"'))
          .join('')
      : '') +
    hairFront(look);
  return svgDocument(width, height, `0 0 ${bustView.width} ${bustView.height}`, body);
}
