export default definePageConfig({ navigationBarTitleText: '学习答题', enablePullDownRefresh: true });
