export default definePageConfig({ navigationBarTitleText: '职工心声', enablePullDownRefresh: true });
