export default definePageConfig({ navigationBarTitleText: '培训学时' });
