export default definePageConfig({ navigationBarTitleText: '承诺与回复模板' });
