import type { z } from 'zod';
import type { Access } from '../roles';

/**
 * One action of an area: its input schema, who may call it, and (as a phantom type) its output.
 * The output exists only for the compiler: the server's handler must return it and the client's
 * `call` is typed with it, so neither side writes the type twice.
 */
export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O = unknown, A extends Access = Access> {
  input: I;
  /** Kept as its literal type, so the server can hand a role-gated handler a non-null member. */
  access: A;
  /** One line for humans: what the action does. */
  summary: string;
  /** Phantom: never set at runtime. */
  readonly __output?: O;
}

/** Declare an action: `action<Output>()({ input, access, summary })`. */
export const action =
  <O>() =>
  <I extends z.ZodTypeAny, A extends Access>(spec: { input: I; access: A; summary: string }): ActionSpec<I, O, A> =>
    spec;

export type AreaContract = Record<string, ActionSpec>;

export type InputOf<S> = S extends ActionSpec<infer I, unknown, Access> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends ActionSpec<infer I, unknown, Access> ? z.output<I> : never;
export type OutputOf<S> = S extends ActionSpec<z.ZodTypeAny, infer O, Access> ? O : never;

export type ActionOf<C extends AreaContract> = keyof C & string;

/** Who may call the action, as its literal type ('anyone', 'system' or a role). */
export type AccessOf<S> = S extends ActionSpec<z.ZodTypeAny, unknown, infer A> ? A : Access;
