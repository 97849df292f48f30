import type { z } from 'zod';
import type { Access } from '../roles';

/**
 * One action of an area: its input schema, who may call it, and (as a phantom type) its output.
 * The output exists only for the compiler: the server's handler must return it and the client's
 * `call` is typed with it, so neither side writes the type twice.
 */
export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: I;
  access: Access;
  /** One line for humans: what the action does. */
  summary: string;
  /** Phantom: never set at runtime. */
  readonly __output?: O;
}

/** Declare an action: `action<Output>()({ input, access, summary })`. */
export const action =
  <O>() =>
  <I extends z.ZodTypeAny>(spec: { input: I; access: Access; summary: string }): ActionSpec<I, O> =>
    spec;

export type AreaContract = Record<string, ActionSpec>;

export type InputOf<S> = S extends ActionSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends ActionSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<S> = S extends ActionSpec<z.ZodTypeAny, infer O> ? O : never;

export type ActionOf<C extends AreaContract> = keyof C & string;
