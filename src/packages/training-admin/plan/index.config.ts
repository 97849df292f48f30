export default definePageConfig({ navigationBarTitleText: '年度培训计划' });
