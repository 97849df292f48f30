export default definePageConfig({ navigationBarTitleText: '学习排行' });
