export default definePageConfig({ navigationBarTitleText: '从 Excel 导入题库' });
