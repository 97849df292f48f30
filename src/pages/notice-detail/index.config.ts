// enableShareAppMessage: the notice can be shared to a WeChat group as a card (useGroupShare).
export default definePageConfig({ navigationBarTitleText: '通知详情', enableShareAppMessage: true });
