import { TAB_COLORS } from './tab-bar';

/**
 * Pages: what every member uses sits in the main package; organizer pages live in subpackages
 * that organizers fetch in the background (preloadRule) and members never download. Page paths
 * are named in domain/routes.ts (a page test checks the two lists agree).
 */
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/papers/index',
    'pages/events/index',
    'pages/notices/index',
    'pages/me/index',
    'pages/notice-detail/index',
    'pages/paper-intro/index',
    'pages/event-detail/index',
  ],
  subPackages: [
    // Member pages opened once (registration) or now and then: kept out of the main package budget.
    {
      root: 'packages/member',
      pages: ['login/index', 'messages/index', 'subscriptions/index', 'study-record/index', 'event-signup/index'],
    },
    {
      root: 'packages/admin',
      pages: ['approvals/index', 'members/index', 'member/index', 'import/index', 'org/index'],
    },
    { root: 'packages/notice-admin', pages: ['list/index', 'compose/index', 'report/index'] },
    {
      root: 'packages/event-admin',
      pages: [
        'list/index',
        'edit/index',
        'registrations/index',
        'hub/index',
        'review/index',
        'checkin/index',
        'roster/index',
      ],
    },
    // The member's registrations and check-in QR codes (the encoder stays out of the main package).
    { root: 'packages/checkin', pages: ['code/index', 'mine/index'] },
    {
      root: 'packages/quiz-admin',
      pages: ['papers/index', 'paper/index', 'bank/index', 'question/index', 'import/index', 'results/index'],
    },
    // Answering a paper (fetched as its intro opens) and after it: its result, the wrong-answer book, practice, leaderboards and certificates (canvas drawing).
    {
      root: 'packages/study',
      pages: [
        'paper-answer/index',
        'paper-result/index',
        'wrong-book/index',
        'practice/index',
        'leaderboard/index',
        'certificate/index',
        'hours-certificate/index',
      ],
    },
    // 职工心声: the member's requests and surveys, and the unions' queue, dashboard and survey builder.
    { root: 'packages/voice', pages: ['new/index', 'mine/index', 'detail/index', 'surveys/index', 'survey/index'] },
    {
      root: 'packages/voice-admin',
      pages: [
        'queue/index',
        'request/index',
        'dashboard/index',
        'settings/index',
        'surveys/index',
        'survey-edit/index',
        'survey-results/index',
      ],
    },
    // Study hours (issue 20): the member's progress, lesson reader, 心得 and certificate check; organizers' pages apart.
    { root: 'packages/training', pages: ['progress/index', 'lesson/index', 'essays/index', 'verify/index'] },
    {
      root: 'packages/training-admin',
      pages: ['hub/index', 'plan/index', 'lessons/index', 'lesson/index', 'essays/index'],
    },
  ],
  // The five things a member comes for, one tap each from anywhere (icons: scripts/tab-icons.ts).
  tabBar: {
    ...TAB_COLORS,
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-on.png',
      },
      {
        pagePath: 'pages/papers/index',
        text: '学习',
        iconPath: 'assets/tab/study.png',
        selectedIconPath: 'assets/tab/study-on.png',
      },
      {
        pagePath: 'pages/events/index',
        text: '活动',
        iconPath: 'assets/tab/event.png',
        selectedIconPath: 'assets/tab/event-on.png',
      },
      {
        pagePath: 'pages/notices/index',
        text: '通知',
        iconPath: 'assets/tab/notice.png',
        selectedIconPath: 'assets/tab/notice-on.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-on.png',
      },
    ],
  },
  preloadRule: {
    // Home leads to messages, registration and the check-in code.
    'pages/home/index': { network: 'all', packages: ['packages/member', 'packages/checkin'] },
    'pages/event-detail/index': { network: 'all', packages: ['packages/member', 'packages/checkin'] },
    // The answer page, the result and the wrong-answer book are fetched while the member reads the intro.
    'pages/paper-intro/index': { network: 'all', packages: ['packages/study'] },
    'pages/papers/index': { network: 'all', packages: ['packages/study', 'packages/training'] },
    // 我的 leads to 我的报名 (with the codes); organizers reach their pages from there too.
    'pages/me/index': { network: 'all', packages: ['packages/checkin', 'packages/admin', 'packages/quiz-admin'] },
    // Organizers open their notice and event pages from those lists.
    'pages/notices/index': { network: 'wifi', packages: ['packages/notice-admin'] },
    'pages/events/index': { network: 'wifi', packages: ['packages/checkin', 'packages/event-admin'] },
  },
  lazyCodeLoading: 'requiredComponents',
  // An internal union app: src/sitemap.json keeps every page out of WeChat search (copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  // WeChat holds back privacy APIs until the member agrees; components/PrivacySheet shows the consent sheet.
  // Default since 2023-10-17, stated so DevTools and older base libraries behave the same (docs/privacy.md).
  ...({ __usePrivacyCheck__: true } as object),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8231e',
    navigationBarTitleText: '工会娘家人',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f0ec',
  },
});
