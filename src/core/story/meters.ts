/**
 * The live meters a story can declare as Ink variables (design: "The live meters"). Their own
 * module, free of inkjs, so the menu's code (the play view's schema) can name them without
 * loading the story engine.
 */
export const meterNames = ['trust', 'reputation'] as const;
export type MeterName = (typeof meterNames)[number];
export type Meters = Partial<Record<MeterName, number>>;
