/**
 * Runs work in a task after the browser's next paint: a `requestAnimationFrame` callback runs just
 * before a frame is painted, and a task posted from it runs once that frame is out. Work started
 * there cannot delay what the page just put in the DOM.
 *
 * The task is posted at background priority where the browser has `scheduler.postTask`
 * (Chromium; elsewhere a timeout), so that whatever else is waiting runs first: the learner's next
 * key, a frame, a message. The stage's redraw after a choice is 10 to 15 ms of work in software
 * rendering; profiled at normal priority it ran ahead of everything queued behind the paint.
 * A hidden page paints no frames, so a timeout stands in for the frame after `fallbackMs`.
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
  requestAnimationFrame(() => postInBackground(run));
}

function postInBackground(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(task, { priority: 'background' });
  else window.setTimeout(task, 0);
}
