/**
 * Compile-time ties between a zod schema and the plain TypeScript type it reads (issue 13: one schema per concept).
 * `Assert<Same<z.output<typeof Schema>, Type>>` fails `tsc` as soon as a field is added to, removed from or retyped in
 * only one of the two: each must be assignable to the other. Types only: nothing of this reaches a bundle.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
