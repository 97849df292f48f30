export default definePageConfig({ navigationBarTitleText: '职工心声看板' });
