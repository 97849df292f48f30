export default definePageConfig({ navigationBarTitleText: '心得体会' });
