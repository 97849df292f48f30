export default definePageConfig({ navigationBarTitleText: '通知情况', enablePullDownRefresh: true });
