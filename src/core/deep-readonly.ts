/** A value no one may change through this reference, however deep: what a store hands out. */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
