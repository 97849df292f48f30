import type { HomeEvent } from '../../../domain/contract/home';
import type { HomePart } from './types';

/** Events open to the member now. (Replaced by the event area.) */
export const eventsForHome: HomePart<HomeEvent[]> = async () => [];
