/**
 * Pages: what every member uses sits in the main package; organizer pages live in subpackages
 * that organizers fetch in the background (preloadRule) and members never download.
 */
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/login/index',
  ],
  subPackages: [],
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8231e',
    navigationBarTitleText: '工会娘家人',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f1',
  },
});
