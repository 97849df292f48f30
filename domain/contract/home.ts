/** The home page: what is open for me now, in one call (member.getHome). Each area fills its part. */
export interface HomePaper {
  id: string;
  title: string;
  /** Epoch ms. */
  closesAt: number;
  /** null = unlimited. */
  attemptsLeft: number | null;
  state: 'todo' | 'in_progress' | 'passed' | 'failed';
}

export interface HomeEvent {
  id: string;
  title: string;
  kind: string;
  startsAt: number;
  signupClosesAt: number;
  /** null = unlimited. */
  placesLeft: number | null;
  /** My registration state, if any. */
  mine: string | null;
}

export interface HomeNotice {
  id: string;
  title: string;
  category: string;
  pinned: boolean;
  publishedAt: number;
  read: boolean;
}

export interface HomeOutput {
  name: string;
  unitName: string;
  role: string;
  papers: HomePaper[];
  events: HomeEvent[];
  notices: { unread: number; items: HomeNotice[] };
  /** Unread in-app messages (promotions, review results, reminders). */
  unreadMessages: number;
}
