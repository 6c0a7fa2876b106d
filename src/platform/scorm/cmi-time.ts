/** Times and durations in the formats each SCORM edition's data model requires. */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function parts(milliseconds: number) {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  return {
    hours: Math.floor(centiseconds / 360_000),
    minutes: Math.floor(centiseconds / 6_000) % 60,
    seconds: Math.floor(centiseconds / 100) % 60,
    hundredths: centiseconds % 100,
  };
}

/**
 * SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`: hours take two to four digits, so a session longer
 * than 9999 hours is reported as the longest the format allows.
 */
export function timespan12(milliseconds: number): string {
  const { hours, minutes, seconds, hundredths } = parts(milliseconds);
  if (hours > 9999) return '9999:59:59.99';
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(hundredths)}`;
}

/** SCORM 2004 timeinterval (second,10,2), an ISO 8601 duration such as `PT1H2M3.45S`. */
export function timeInterval2004(milliseconds: number): string {
  const { hours, minutes, seconds, hundredths } = parts(milliseconds);
  const secondsText = hundredths ? `${seconds}.${pad(hundredths)}` : `${seconds}`;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secondsText}S`;
}

/** SCORM 1.2 CMITime, the time of day `HH:MM:SS`, in UTC (the standard names no time zone). */
export function timeOfDay12(epochMilliseconds: number): string {
  const date = new Date(epochMilliseconds);
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/**
 * SCORM 2004 time (second,10,0), such as `2026-12-01T10:15:02.35Z`. The format allows a zone only
 * after fractional seconds, so they are always written.
 */
export function timestamp2004(epochMilliseconds: number): string {
  const iso = new Date(epochMilliseconds).toISOString(); // 2026-12-01T10:15:02.357Z
  return `${iso.slice(0, 22)}Z`;
}
