import type { ActionOf as ActionKey, AreaContract, InputOf, OutputOf } from './define';
import { memberContract } from './member';
import { eventContract } from './event';
import { eventAdminContract } from './event-admin';
import { noticeContract } from './notice';
import { quizContract } from './quiz';
import { quizAdminContract } from './quiz-admin';
import { voiceContract } from './voice';
import { voiceAdminContract } from './voice-admin';
import { trainingContract } from './training';
import { trainingAdminContract } from './training-admin';

/**
 * Every area's actions. One cloud function per area, named as the key here.
 * Adding an action here is all it takes for the dispatcher table test to cover it.
 */
export const contracts = {
  member: memberContract,
  event: eventContract,
  eventAdmin: eventAdminContract,
  notice: noticeContract,
  quiz: quizContract,
  quizAdmin: quizAdminContract,
  voice: voiceContract,
  voiceAdmin: voiceAdminContract,
  training: trainingContract,
  trainingAdmin: trainingAdminContract,
} satisfies Record<string, AreaContract>;

export type Contracts = typeof contracts;
export type Area = keyof Contracts;
export type ActionOf<A extends Area> = ActionKey<Contracts[A]>;
export type Input<A extends Area, N extends ActionOf<A>> = InputOf<Contracts[A][N]>;
export type Output<A extends Area, N extends ActionOf<A>> = OutputOf<Contracts[A][N]>;
