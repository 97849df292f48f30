export default definePageConfig({ navigationBarTitleText: '成绩统计', enablePullDownRefresh: true });
