/** A value or a typed failure: parsers in the core return this instead of throwing. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const success = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const failure = <E>(error: E): Result<never, E> => ({ ok: false, error });
