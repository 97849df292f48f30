import type { HomePaper } from '../../../domain/contract/home';
import type { HomePart } from './types';

/** Papers open to the member now. (Replaced by the quiz area.) */
export const papersForHome: HomePart<HomePaper[]> = async () => [];
