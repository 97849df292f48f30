export default definePageConfig({ navigationBarTitleText: '审核·签到·名单', enablePullDownRefresh: true });
