import type { HomeNotice } from '../../../domain/contract/home';
import type { HomePart } from './types';

/** Latest notices aimed at the member and the unread count. (Replaced by the notice area.) */
export const noticesForHome: HomePart<{ unread: number; items: HomeNotice[] }> = async () => ({ unread: 0, items: [] });
