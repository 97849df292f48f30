export default definePageConfig({ navigationBarTitleText: '名单与导出', enablePullDownRefresh: true });
