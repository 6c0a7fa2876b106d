/** The menu's backdrop: a glasshouse, the game's namesake. */
import { plant } from './room-parts';
import { circle, linearGradient, n, path, radialGradient, rect, shade, svgDocument } from './svg';

/** The menu's glasshouse: tall glass panes in a warm frame, plants inside, morning light. */
export function glasshouseSvg(width: number, height: number, unit: number): string {
  const w = width;
  const h = height;
  const margin = unit * 1.6;
  const houseW = Math.min(w - margin * 2, h * 1.6);
  const houseX = (w - houseW) / 2;
  const eaveY = Math.max(margin + houseW * 0.3, h * 0.3);
  const roofTop = eaveY - Math.min(houseW * 0.32, eaveY - margin);
  const floorY = h - unit * 2.2;
  const cols = Math.max(3, Math.round(houseW / (unit * 4.5)));
  const colW = houseW / cols;
  const frame = '#fffaf3';
  const bar = Math.max(2, unit * 0.28);
  const outline = `M${n(houseX)} ${n(floorY)} L${n(houseX)} ${n(eaveY)} L${n(houseX + houseW / 2)} ${n(roofTop)} L${n(houseX + houseW)} ${n(eaveY)} L${n(houseX + houseW)} ${n(floorY)} Z`;
  let bars = '';
  for (let i = 1; i < cols; i++) {
    const x = houseX + i * colW;
    const roofY =
      x < houseX + houseW / 2
        ? eaveY - (eaveY - roofTop) * ((x - houseX) / (houseW / 2))
        : eaveY - (eaveY - roofTop) * ((houseX + houseW - x) / (houseW / 2));
    bars += rect(x - bar / 2, roofY, bar, floorY - roofY, frame);
  }
  const rows = Math.max(2, Math.round((floorY - eaveY) / (unit * 5)));
  for (let j = 1; j < rows; j++) bars += rect(houseX, eaveY + ((floorY - eaveY) * j) / rows - bar / 2, houseW, bar, frame);
  bars += rect(houseX, eaveY - bar / 2, houseW, bar, frame);
  const panes = Array.from({ length: cols }, (_, i) =>
    rect(houseX + i * colW, roofTop, colW, floorY - roofTop, i % 2 ? '#ffffff' : '#dcefee', 0, `opacity="${i % 3 === 0 ? 0.22 : 0.12}"`),
  ).join('');
  const glints = [0.18, 0.55]
    .map((f) =>
      path(
        `M${n(houseX + houseW * f)} ${n(floorY)} L${n(houseX + houseW * (f + 0.18))} ${n(roofTop)} L${n(houseX + houseW * (f + 0.26))} ${n(roofTop)} L${n(houseX + houseW * (f + 0.08))} ${n(floorY)} Z`,
        '#ffffff',
        'opacity="0.18"',
      ),
    )
    .join('');
  const plantsInside =
    plant(houseX + houseW * 0.22, floorY, unit * 7, '#c9845f', '#6f9c7a', 'tall') +
    plant(houseX + houseW * 0.5, floorY, unit * 5, '#f4e6d6', '#5f9270', 'fan') +
    plant(houseX + houseW * 0.78, floorY, unit * 8, '#e2b04a', '#7fa88f', 'tall') +
    plant(houseX + houseW * 0.64, floorY, unit * 3.4, '#9c89b8', '#6f9c7a', 'round') +
    plant(houseX + houseW * 0.36, floorY, unit * 3, '#e07a5f', '#8fb39a', 'round');
  const body =
    `<defs>${linearGradient('gh-sky', [
      [0, '#f8e6d4'],
      [1, '#fbf6ef'],
    ])}${linearGradient('gh-in', [
      [0, '#e3f0ec'],
      [1, '#f5efe4'],
    ])}${radialGradient('gh-sun', [
      [0, '#fff3dc', 1],
      [1, '#fff3dc', 0],
    ])}<clipPath id="gh-clip"><path d="${outline}"/></clipPath></defs>` +
    rect(0, 0, w, h, 'url(#gh-sky)') +
    circle(w * 0.78, h * 0.16, Math.min(w, h) * 0.4, 'url(#gh-sun)') +
    circle(w * 0.78, h * 0.16, unit * 2.2, '#fde8c4', 'opacity="0.9"') +
    // Ground.
    rect(0, floorY, w, h - floorY, '#ead8c2') +
    rect(0, floorY, w, unit * 0.3, '#dcc4a8') +
    `<g clip-path="url(#gh-clip)">` +
    rect(houseX, roofTop, houseW, floorY - roofTop, 'url(#gh-in)') +
    plantsInside +
    panes +
    glints +
    '</g>' +
    bars +
    `<path d="${outline}" fill="none" stroke="${frame}" stroke-width="${n(bar * 1.8)}" stroke-linejoin="round"/>` +
    // A glazed door in the middle pane, tinted and with a handle, so it reads as a door and not
    // as an empty outline (an outline alone looked like a placeholder box on the menu).
    rect(
      houseX + houseW / 2 - colW * 0.4,
      floorY - Math.min(unit * 7, (floorY - eaveY) * 0.8),
      colW * 0.8,
      Math.min(unit * 7, (floorY - eaveY) * 0.8),
      shade(frame, 0.55),
      0,
      `fill-opacity="0.55" stroke="${shade(frame, -0.1)}" stroke-width="${n(bar)}"`,
    ) +
    circle(
      houseX + houseW / 2 + colW * 0.25,
      floorY - Math.min(unit * 3.5, (floorY - eaveY) * 0.4),
      Math.max(bar, unit * 0.28),
      shade(frame, -0.25),
    ) +
    plant(houseX - unit * 0.2, floorY + unit * 0.6, unit * 4.6, '#c9845f', '#5f9270', 'fan') +
    plant(houseX + houseW + unit * 0.4, floorY + unit * 0.6, unit * 3.6, '#f4e6d6', '#6f9c7a', 'round');
  return svgDocument(w, h, `0 0 ${n(w)} ${n(h)}`, body);
}
