export default definePageConfig({ navigationBarTitleText: '心得审核' });
