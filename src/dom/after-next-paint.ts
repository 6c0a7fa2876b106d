/**
 * Runs work in the task after the browser's next paint: a `requestAnimationFrame` callback runs
 * just before a frame is painted, and a task posted from it runs once that frame is out. Work
 * started there cannot delay what the page just put in the DOM. A hidden page paints no frames,
 * so a timeout stands in for the frame after `fallbackMs`.
 */
export function afterNextPaint(work: () => void, fallbackMs = 250): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    window.clearTimeout(fallback);
    work();
  };
  const fallback = window.setTimeout(run, fallbackMs);
  requestAnimationFrame(() => window.setTimeout(run, 0));
}
