export default definePageConfig({ navigationBarTitleText: '编辑试卷' });
