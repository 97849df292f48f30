export default definePageConfig({ navigationBarTitleText: '工会娘家人', enablePullDownRefresh: true });
