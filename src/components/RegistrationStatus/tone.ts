import type { RegistrationState } from '@domain/contract/event-model';

/** A registration state's colour, the same on every page: ok = has a place, warn = waiting, muted/danger = ended. */
export type RegistrationTone = 'ok' | 'warn' | 'muted' | 'danger';

const TONES: Record<RegistrationState, RegistrationTone> = {
  confirmed: 'ok',
  waitlisted: 'warn',
  pending: 'warn',
  cancelled: 'muted',
  removed: 'danger',
  rejected: 'danger',
};

export const registrationTone = (state: RegistrationState): RegistrationTone => TONES[state];
