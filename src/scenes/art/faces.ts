/**
 * The face layer of the bust, one per mood: eyebrows, eyes, mouth (and glasses, cheeks), drawn in
 * the part of the bust's drawing space that `faceCrop` names, plus the closed eyes of a blink.
 */
import type { Mood } from '../../core/story/tags';
import { bustEyes, faceCrop } from './people';
import type { PersonLook } from './people-looks';
import { circle, ellipse, n, path, shade, stroke, svgDocument } from './svg';

interface FaceParts {
  brows: string;
  eyes: string;
  mouth: string;
  extra: string;
}

/** The face for one mood. The six moods differ in brows, eyes and mouth, each on its own. */
function faceParts(look: PersonLook, mood: Mood): FaceParts {
  const brow = look.hairStyle === 'short-side' ? shade(look.hair, -0.35) : shade(look.hair, -0.18);
  const eye = '#2a2230';
  const lip = look.lips;
  const browWidth = look.hairStyle === 'short-side' ? 7 : 6;
  const skinShade = shade(look.skin, -0.16);
  const blush = (opacity: number, color = '#e0786a') =>
    ellipse(156, 212, 16, 9, color, `opacity="${opacity}"`) + ellipse(244, 212, 16, 9, color, `opacity="${opacity}"`);
  const openEye = (x: number, y: number, ry = 9, lookX = 0, lookY = 0) =>
    ellipse(x, y, 7.5, ry, eye) + circle(x + 2.4 + lookX, y - 3 + lookY, 2.3, '#ffffff', 'opacity="0.9"');
  const brows = (left: string, right: string) => stroke(left, brow, browWidth) + stroke(right, brow, browWidth);
  const { left: lx, right: rx, y: ey } = bustEyes;

  switch (mood) {
    case 'neutral':
      return {
        brows: brows('M154 150 C162 146 174 145 184 148', 'M216 148 C226 145 238 146 246 150'),
        eyes: openEye(lx, ey) + openEye(rx, ey),
        mouth: stroke('M184 228 C192 230 208 230 216 228', lip, 4.5),
        extra: '',
      };
    case 'pleased':
      return {
        brows: brows('M154 146 C162 140 174 139 184 143', 'M216 143 C226 139 238 140 246 146'),
        eyes:
          openEye(lx, ey, 8.5) +
          openEye(rx, ey, 8.5) +
          // Lower lids lifted by the smile.
          stroke(`M${lx - 9} ${ey + 9} C${lx - 4} ${ey + 6} ${lx + 4} ${ey + 6} ${lx + 9} ${ey + 9}`, skinShade, 2.4, 'opacity="0.8"') +
          stroke(`M${rx - 9} ${ey + 9} C${rx - 4} ${ey + 6} ${rx + 4} ${ey + 6} ${rx + 9} ${ey + 9}`, skinShade, 2.4, 'opacity="0.8"'),
        mouth: stroke('M178 222 C188 236 212 236 222 222', lip, 4.8),
        extra: blush(0.22),
      };
    case 'delighted':
      return {
        brows: brows('M152 140 C160 130 174 128 186 134', 'M214 134 C226 128 240 130 248 140'),
        // Eyes closed in a wide smile.
        eyes:
          stroke(`M${lx - 10} ${ey + 4} C${lx - 5} ${ey - 8} ${lx + 5} ${ey - 8} ${lx + 10} ${ey + 4}`, eye, 4.6) +
          stroke(`M${rx - 10} ${ey + 4} C${rx - 5} ${ey - 8} ${rx + 5} ${ey - 8} ${rx + 10} ${ey + 4}`, eye, 4.6),
        mouth:
          path('M174 218 C182 252 218 252 226 218 C210 222 190 222 174 218 Z', '#6e2a2a') +
          path('M178 219 C190 222 210 222 222 219 L220 226 C206 229 194 229 180 226 Z', '#ffffff') +
          path('M188 240 C194 236 206 236 212 240 C206 246 194 246 188 240 Z', '#d9787a'),
        extra: blush(0.32),
      };
    case 'annoyed':
      return {
        // One brow pressed flat, the other cocked: "really?"
        brows: brows('M154 154 L184 152', 'M216 146 C226 140 238 140 248 144'),
        // Heavy lids and a sideways look.
        eyes:
          ellipse(lx, ey + 2, 7.5, 7, eye) +
          ellipse(rx, ey + 2, 7.5, 7, eye) +
          path(`M${lx - 11} ${ey - 10} L${lx + 11} ${ey - 10} L${lx + 11} ${ey - 1} L${lx - 11} ${ey - 1} Z`, look.skin) +
          path(`M${rx - 11} ${ey - 10} L${rx + 11} ${ey - 10} L${rx + 11} ${ey - 1} L${rx - 11} ${ey - 1} Z`, look.skin) +
          stroke(`M${lx - 10} ${ey - 1} L${lx + 10} ${ey - 1}`, eye, 3) +
          stroke(`M${rx - 10} ${ey - 1} L${rx + 10} ${ey - 1}`, eye, 3) +
          circle(lx + 4, ey + 2, 1.8, '#ffffff', 'opacity="0.85"') +
          circle(rx + 4, ey + 2, 1.8, '#ffffff', 'opacity="0.85"'),
        // A flat mouth pulled to one side.
        mouth: stroke('M186 230 C196 229 206 228 216 224', lip, 4.5),
        extra: '',
      };
    case 'angry':
      return {
        brows: brows('M152 142 L186 158', 'M214 158 L248 142'),
        // Narrowed eyes under lowered lids.
        eyes:
          ellipse(lx, ey + 2, 7.5, 7.5, eye) +
          ellipse(rx, ey + 2, 7.5, 7.5, eye) +
          path(`M${lx - 12} ${ey - 11} L${lx + 12} ${ey - 11} L${lx + 12} ${ey + 2} L${lx - 12} ${ey - 5} Z`, look.skin) +
          path(`M${rx - 12} ${ey - 11} L${rx + 12} ${ey - 11} L${rx + 12} ${ey - 5} L${rx - 12} ${ey + 2} Z`, look.skin) +
          stroke(`M${lx - 11} ${ey - 5} L${lx + 11} ${ey + 2}`, eye, 3) +
          stroke(`M${rx - 11} ${ey + 2} L${rx + 11} ${ey - 5}`, eye, 3),
        // An open, downturned mouth with clenched teeth.
        mouth:
          path('M178 238 C184 218 216 218 222 238 C212 234 188 234 178 238 Z', '#6e2a2a') +
          path('M186 228 C194 224 206 224 214 228 L212 231 C204 229 196 229 188 231 Z', '#ffffff'),
        extra: blush(0.28, '#d8553f') + stroke('M196 128 L198 140 M204 128 L202 140', skinShade, 2.5, 'opacity="0.7"'),
      };
    case 'hurt':
      return {
        // Inner ends of the brows raised.
        brows: brows('M154 154 C164 150 176 144 184 140', 'M216 140 C224 144 236 150 246 154'),
        // Glossy eyes looking down.
        eyes:
          ellipse(lx, ey + 2, 8, 9.5, eye) +
          ellipse(rx, ey + 2, 8, 9.5, eye) +
          circle(lx + 2.6, ey - 1, 2.8, '#ffffff', 'opacity="0.95"') +
          circle(rx + 2.6, ey - 1, 2.8, '#ffffff', 'opacity="0.95"') +
          circle(lx - 2.6, ey + 5, 1.4, '#ffffff', 'opacity="0.8"') +
          circle(rx - 2.6, ey + 5, 1.4, '#ffffff', 'opacity="0.8"') +
          stroke(`M${lx - 11} ${ey - 9} C${lx - 4} ${ey - 12} ${lx + 4} ${ey - 11} ${lx + 10} ${ey - 7}`, skinShade, 2.4),
        // A small, wobbling frown.
        mouth: stroke('M184 234 C190 226 196 228 200 228 C204 228 210 226 216 234', lip, 4.2),
        extra: path(
          `M${rx + 9} ${ey + 14} C${rx + 5} ${ey + 22} ${rx + 7} ${ey + 28} ${rx + 11} ${ey + 28} C${rx + 15} ${ey + 28} ${rx + 15} ${ey + 22} ${rx + 9} ${ey + 14} Z`,
          '#a9d3ea',
          'opacity="0.9"',
        ),
      };
  }
}

function glasses(look: PersonLook): string {
  if (!look.glasses) return '';
  const frame = look.glasses;
  const { left, right, y } = bustEyes;
  return (
    circle(left, y + 1, 21, '#ffffff', 'opacity="0.12"') +
    circle(right, y + 1, 21, '#ffffff', 'opacity="0.12"') +
    circle(left, y + 1, 21, 'none', `stroke="${frame}" stroke-width="4"`) +
    circle(right, y + 1, 21, 'none', `stroke="${frame}" stroke-width="4"`) +
    stroke(`M${left + 21} ${y - 2} C${n(195)} ${y - 8} ${n(205)} ${y - 8} ${right - 21} ${y - 2}`, frame, 3.5) +
    stroke(`M${left - 21} ${y - 2} L128 ${y - 6}`, frame, 3.5) +
    stroke(`M${right + 21} ${y - 2} L272 ${y - 6}`, frame, 3.5)
  );
}

const faceViewBox = `${faceCrop.x} ${faceCrop.y} ${faceCrop.w} ${faceCrop.h}`;

/**
 * The face layer for one mood, drawn over `bustBaseSvg`: only the `faceCrop` part of the drawing
 * space, so six moods cost little more memory than one bust. `width` x `height` is that part's size.
 */
export function bustFaceSvg(look: PersonLook, mood: Mood, width: number, height: number): string {
  const parts = faceParts(look, mood);
  return svgDocument(width, height, faceViewBox, parts.extra + parts.eyes + parts.brows + parts.mouth + glasses(look));
}

/** Closed eyes for a brief blink, drawn over the face layer (same `faceCrop` part). */
export function bustBlinkSvg(look: PersonLook, width: number, height: number): string {
  const { left, right, y } = bustEyes;
  const lid = (x: number) =>
    ellipse(x, y + 1, 12, 12.5, look.skin) +
    stroke(`M${x - 10} ${y + 3} C${x - 4} ${y + 7} ${x + 4} ${y + 7} ${x + 10} ${y + 3}`, '#2a2230', 3);
  return svgDocument(width, height, faceViewBox, lid(left) + lid(right) + glasses(look));
}
