/**
 * The core has no DOM or Node types, but both of its runtimes (Node 20, every current browser)
 * provide these globals.
 */
declare function structuredClone<T>(value: T): T;
