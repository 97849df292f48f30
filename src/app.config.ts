/**
 * Pages: what every member uses sits in the main package; organizer pages live in subpackages
 * that organizers fetch in the background (preloadRule) and members never download.
 */
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/me/index',
    'pages/notices/index',
    'pages/notice-detail/index',
    'pages/papers/index',
    'pages/paper-intro/index',
    'pages/paper-answer/index',
    'pages/paper-result/index',
    'pages/wrong-book/index',
    'pages/practice/index',
    'pages/events/index',
    'pages/event-detail/index',
    'pages/my-registrations/index',
  ],
  subPackages: [
    // Member pages opened once (registration) or now and then: kept out of the main package budget.
    { root: 'packages/member', pages: ['login/index', 'messages/index', 'subscriptions/index', 'study-record/index', 'event-signup/index'] },
    { root: 'packages/admin', pages: ['approvals/index', 'members/index', 'member/index', 'import/index', 'org/index'] },
    { root: 'packages/notice-admin', pages: ['list/index', 'compose/index', 'report/index'] },
    { root: 'packages/event-admin', pages: ['list/index', 'edit/index', 'registrations/index', 'hub/index', 'review/index', 'checkin/index', 'roster/index'] },
    // The member's check-in QR code: its encoder stays out of the main package.
    { root: 'packages/checkin', pages: ['code/index'] },
    { root: 'packages/quiz-admin', pages: ['papers/index', 'paper/index', 'bank/index', 'question/index', 'import/index', 'results/index'] },
    // Leaderboards and certificates (canvas drawing): opened now and then, kept out of the main package budget.
    { root: 'packages/study', pages: ['leaderboard/index', 'certificate/index', 'hours-certificate/index'] },
    // Study hours (issue 20): the member's progress, lesson reader, 心得 and certificate check; organizers' pages apart.
    { root: 'packages/training', pages: ['progress/index', 'lesson/index', 'essays/index', 'verify/index'] },
    { root: 'packages/training-admin', pages: ['hub/index', 'plan/index', 'lessons/index', 'lesson/index', 'essays/index'] },
  ],
  // Organizers reach their pages from 我的: fetch that subpackage in the background there.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/member'] },
    'pages/event-detail/index': { network: 'all', packages: ['packages/member'] },
    'pages/me/index': { network: 'all', packages: ['packages/admin', 'packages/quiz-admin', 'packages/study', 'packages/training-admin'] },
    // Organizers open their notice pages from the notice list.
    'pages/notices/index': { network: 'wifi', packages: ['packages/notice-admin'] },
    // The study list leads to 我的学时.
    'pages/papers/index': { network: 'all', packages: ['packages/training'] },
    // Organizers open their event pages from the events list.
    'pages/events/index': { network: 'wifi', packages: ['packages/event-admin'] },
    // Fetch the code page with 我的报名, so it opens (and shows a saved code) where the signal is poor.
    'pages/my-registrations/index': { network: 'all', packages: ['packages/checkin'] },
  },
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8231e',
    navigationBarTitleText: '工会娘家人',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f1',
  },
});
