export default definePageConfig({ navigationBarTitleText: '学习资料管理' });
