/**
 * What a request (职工心声) is made of and which step may follow which. Shared by the pages (what to
 * offer) and the server (what to allow), so a button is never shown for a step the server refuses.
 */
export const VOICE_KINDS = ['appeal', 'suggestion', 'consult', 'help'] as const;
export type VoiceKind = (typeof VOICE_KINDS)[number];
export const VOICE_KIND_LABELS: Record<VoiceKind, string> = {
  appeal: '诉求',
  suggestion: '建议',
  consult: '咨询',
  help: '求助',
};

/** Topics the dashboard counts by; a fixed list so units compare. */
export const VOICE_CATEGORIES = [
  '薪酬待遇',
  '劳动安全',
  '食堂后勤',
  '文体活动',
  '职业发展',
  '困难帮扶',
  '劳动关系',
  '其他',
] as const;
export type VoiceCategory = (typeof VOICE_CATEGORIES)[number];

export const VOICE_LIMITS = {
  text: 1000,
  images: 3,
  /** Supplements a writer may add, and replies an organizer may give: the timeline stays bounded. */
  notes: 10,
  replies: 20,
  reply: 1000,
  templates: 20,
  templateTitle: 20,
} as const;

export const VOICE_STATUSES = ['submitted', 'accepted', 'processing', 'answered', 'rated', 'closed'] as const;
export type VoiceStatus = (typeof VOICE_STATUSES)[number];
export const VOICE_STATUS_LABELS: Record<VoiceStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  processing: '处理中',
  answered: '已答复',
  rated: '已评价',
  closed: '已关闭',
};

/** The steps the writer's timeline draws, in order; rated and closed share the last place. */
export const VOICE_STEPS: readonly VoiceStatus[] = ['submitted', 'accepted', 'processing', 'answered', 'rated'];

export const RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' };

/** A writer may reopen an answer they rated 不满意 this many times. */
export const MAX_REOPENS = 1;

/** Waiting for a reply: the promise runs and escalation may follow. */
export const isAwaiting = (s: VoiceStatus): boolean => s === 'submitted' || s === 'accepted' || s === 'processing';

export interface RequestFacts {
  status: VoiceStatus;
  reopens: number;
  rating: Rating | null;
  mergedInto: string | null;
}

/** What the writer may do now (each refusal reason is what the page says). */
export const writerMay = {
  addNote: (r: RequestFacts): string | null =>
    r.status === 'closed' || r.status === 'rated' ? '该诉求已办结，不能再补充' : null,
  rate: (r: RequestFacts): string | null => (r.status === 'answered' ? null : '收到答复后才能评价'),
  reopen: (r: RequestFacts): string | null => {
    if (r.status !== 'rated' || r.rating !== 'unsatisfied') return '评价为不满意后才能申请重新办理';
    return r.reopens >= MAX_REOPENS ? '每件诉求只能重新办理一次' : null;
  },
};

/** What an organizer may do now. */
export const organizerMay = {
  accept: (r: RequestFacts): string | null => (r.status === 'submitted' ? null : '该诉求已受理'),
  assign: (r: RequestFacts): string | null => (isAwaiting(r.status) ? null : '该诉求已答复或已关闭'),
  reply: (r: RequestFacts): string | null => (r.status === 'closed' || r.status === 'rated' ? '该诉求已办结' : null),
  merge: (r: RequestFacts): string | null => (isAwaiting(r.status) ? null : '只能合并尚未答复的诉求'),
  adopt: (r: RequestFacts): string | null =>
    r.status === 'closed' && r.mergedInto ? '已合并的诉求请在主诉求上操作' : null,
  close: (r: RequestFacts): string | null => (r.status === 'closed' ? '该诉求已关闭' : null),
};

/** The first words of a request for lists and messages. */
export function excerptOfText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}
