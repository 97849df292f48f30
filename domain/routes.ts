/**
 * Every page of the mini-program by name, with the query it takes: the one place a page path is
 * spelled. Platform-free, so the mini-program (src/navigation.ts) and the server's messages ("open
 * this page") build the same links; the compiler checks each link's parameters.
 *
 *   pageUrl('eventDetail', { id })  // '/pages/event-detail/index?id=ev-1'
 */

/** Page name → path without the leading slash (as app.config lists it). */
export const PAGE_PATHS = {
  // Main package: what every member uses. The first five are the tab bar's pages.
  home: 'pages/home/index',
  papers: 'pages/papers/index',
  events: 'pages/events/index',
  notices: 'pages/notices/index',
  me: 'pages/me/index',
  noticeDetail: 'pages/notice-detail/index',
  paperIntro: 'pages/paper-intro/index',
  eventDetail: 'pages/event-detail/index',
  // Member pages opened now and then.
  // Answering a paper sits with its result: fetched while the member reads the paper's intro.
  paperAnswer: 'packages/study/paper-answer/index',
  paperResult: 'packages/study/paper-result/index',
  myRegistrations: 'packages/checkin/mine/index',
  wrongBook: 'packages/study/wrong-book/index',
  practice: 'packages/study/practice/index',
  login: 'packages/member/login/index',
  messages: 'packages/member/messages/index',
  subscriptions: 'packages/member/subscriptions/index',
  studyRecord: 'packages/member/study-record/index',
  eventSignup: 'packages/member/event-signup/index',
  checkinCode: 'packages/checkin/code/index',
  leaderboard: 'packages/study/leaderboard/index',
  certificate: 'packages/study/certificate/index',
  hoursCertificate: 'packages/study/hours-certificate/index',
  // Organizer pages.
  approvals: 'packages/admin/approvals/index',
  members: 'packages/admin/members/index',
  member: 'packages/admin/member/index',
  rosterImport: 'packages/admin/import/index',
  org: 'packages/admin/org/index',
  noticeAdmin: 'packages/notice-admin/list/index',
  noticeCompose: 'packages/notice-admin/compose/index',
  noticeReport: 'packages/notice-admin/report/index',
  eventAdmin: 'packages/event-admin/list/index',
  eventEdit: 'packages/event-admin/edit/index',
  eventRegistrations: 'packages/event-admin/registrations/index',
  eventHub: 'packages/event-admin/hub/index',
  eventReview: 'packages/event-admin/review/index',
  eventCheckin: 'packages/event-admin/checkin/index',
  eventRoster: 'packages/event-admin/roster/index',
  quizPapers: 'packages/quiz-admin/papers/index',
  quizPaper: 'packages/quiz-admin/paper/index',
  quizBank: 'packages/quiz-admin/bank/index',
  quizQuestion: 'packages/quiz-admin/question/index',
  quizImport: 'packages/quiz-admin/import/index',
  quizResults: 'packages/quiz-admin/results/index',
  // 职工心声: the member's requests and surveys, then the unions' side.
  voiceNew: 'packages/voice/new/index',
  voiceMine: 'packages/voice/mine/index',
  voiceDetail: 'packages/voice/detail/index',
  voiceSurveys: 'packages/voice/surveys/index',
  voiceSurvey: 'packages/voice/survey/index',
  voiceQueue: 'packages/voice-admin/queue/index',
  voiceAdminRequest: 'packages/voice-admin/request/index',
  voiceDashboard: 'packages/voice-admin/dashboard/index',
  voiceSettings: 'packages/voice-admin/settings/index',
  voiceAdminSurveys: 'packages/voice-admin/surveys/index',
  voiceSurveyEdit: 'packages/voice-admin/survey-edit/index',
  voiceSurveyResults: 'packages/voice-admin/survey-results/index',
  // Study hours: the member's pages, then the organizers'.
  trainingProgress: 'packages/training/progress/index',
  trainingLesson: 'packages/training/lesson/index',
  trainingEssays: 'packages/training/essays/index',
  trainingVerify: 'packages/training/verify/index',
  trainingHub: 'packages/training-admin/hub/index',
  trainingPlan: 'packages/training-admin/plan/index',
  trainingLessons: 'packages/training-admin/lessons/index',
  trainingLessonEdit: 'packages/training-admin/lesson/index',
  trainingEssayReview: 'packages/training-admin/essays/index',
} as const;

export type PageName = keyof typeof PAGE_PATHS;

/** The tab bar's pages, in order: opened with switchTab, never with a query. */
export const TAB_PAGES = ['home', 'papers', 'events', 'notices', 'me'] as const;
export type TabPage = (typeof TAB_PAGES)[number];

/** What each page reads from its query; `undefined` = takes none. Optional keys may be left out. */
export interface PageQuery {
  home: undefined;
  papers: undefined;
  events: undefined;
  notices: undefined;
  me: undefined;
  noticeDetail: { id: string };
  paperIntro: { id: string };
  paperAnswer: { attemptId: string };
  paperResult: { attemptId: string };
  eventDetail: { id: string };
  myRegistrations: undefined;
  wrongBook: undefined;
  practice: { source: 'wrong' | 'bank'; category?: string };
  /** register: straight to the form (H5 otherwise lists the local personas); bootstrap: offer the first-admin claim. */
  login: { mode?: 'register'; bootstrap?: '1' } | undefined;
  messages: undefined;
  subscriptions: undefined;
  studyRecord: undefined;
  eventSignup: { id: string };
  checkinCode: { id: string };
  leaderboard: undefined;
  certificate: { paperId: string };
  /** year: which year's certificate (this year when absent or not a year). */
  hoursCertificate: { year?: string } | undefined;
  approvals: undefined;
  members: undefined;
  member: { id: string };
  rosterImport: undefined;
  org: undefined;
  noticeAdmin: undefined;
  noticeCompose: { id?: string } | undefined;
  noticeReport: { id: string };
  eventAdmin: undefined;
  eventEdit: { id?: string } | undefined;
  eventRegistrations: { id: string };
  eventHub: undefined;
  eventReview: { eventId?: string } | undefined;
  eventCheckin: { id: string };
  eventRoster: { id: string };
  quizPapers: undefined;
  quizPaper: { id?: string } | undefined;
  quizBank: undefined;
  quizQuestion: { id?: string } | undefined;
  quizImport: undefined;
  quizResults: { id: string };
  voiceNew: undefined;
  voiceMine: undefined;
  /** new: opened right after submitting (the page says 已提交). */
  voiceDetail: { id: string; new?: '1' };
  voiceSurveys: undefined;
  voiceSurvey: { id: string };
  voiceQueue: undefined;
  voiceAdminRequest: { id: string };
  voiceDashboard: undefined;
  voiceSettings: undefined;
  voiceAdminSurveys: undefined;
  /** No id: a new survey. */
  voiceSurveyEdit: { id?: string } | undefined;
  voiceSurveyResults: { id: string };
  trainingProgress: undefined;
  trainingLesson: { id: string };
  /** tab=shared opens 工作交流 instead of my own 心得. */
  trainingEssays: { tab?: 'shared' } | undefined;
  /** code: a certificate's code to check, filled in. */
  trainingVerify: { code?: string } | undefined;
  trainingHub: undefined;
  /** year: the plan's year (this year when absent or not a year). */
  trainingPlan: { year?: string } | undefined;
  trainingLessons: undefined;
  /** No id: a new lesson. */
  trainingLessonEdit: { id?: string } | undefined;
  trainingEssayReview: undefined;
}

/** The arguments after the page name: none, optional or required, as the page's query says. */
export type QueryArgs<N extends PageName> = undefined extends PageQuery[N]
  ? [query?: PageQuery[N]]
  : [query: PageQuery[N]];

/** Pages that can be opened with no query at all (menus and links list these). */
export type PlainPage = { [N in PageName]: undefined extends PageQuery[N] ? N : never }[PageName];

export const isTabPage = (name: PageName): name is TabPage => (TAB_PAGES as readonly string[]).includes(name);

/** `/path?k=v&...` with each value URI-encoded (Taro and WeChat decode them into the page's params). */
export function pageUrl<N extends PageName>(name: N, ...[query]: QueryArgs<N>): string {
  const path = `/${PAGE_PATHS[name]}`;
  if (!query) return path;
  const parts = Object.entries(query as Record<string, string | undefined>)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

/**
 * The same link in WeChat's message format (no leading slash): the `page` of a subscription message
 * and the link of an in-app message, written by the server.
 */
export function messagePage<N extends PageName>(name: N, ...query: QueryArgs<N>): string {
  return pageUrl(name, ...query).slice(1);
}

/** The page name of a path such as `pages/home/index` or `/pages/home/index?x=1`; undefined if unknown. */
export function pageNameOf(path: string): PageName | undefined {
  const bare = path.replace(/^\/+/, '').split('?')[0];
  return (Object.keys(PAGE_PATHS) as PageName[]).find((n) => PAGE_PATHS[n] === bare);
}
