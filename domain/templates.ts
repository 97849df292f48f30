/**
 * Subscription-message templates: which kinds exist, their labels and field keys. Their ids are set in
 * deploy.config.json (`templates`), from your mini-program's 订阅消息 console (公共模板库); the field
 * keys below must match the templates you pick.
 *
 * Only what the product really sends. (Event-start and paper-deadline reminders would need a timer the
 * day before, and cloud-function 2.0 environments have none: offering them would be a promise nobody keeps.)
 */
export const MESSAGE_KINDS = [
  'notice',
  'waitlist_promoted',
  'review_result',
  'voice_reply',
  'voice_escalated',
  'survey',
  'training_reminder',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface TemplateSpec {
  templateId: string;
  /** Shown on the member's subscription settings page. */
  label: string;
  /** Template field keys, in the order our `fields` array fills them. */
  keys: string[];
}

/**
 * The real ids come from deploy.config.json: `npm run deploy` builds with UNION_TEMPLATE_IDS, which the
 * Taro and esbuild builds define as this constant. Tests and local builds leave it undefined (hence
 * typeof) and keep the placeholders below, which the local cloud accepts as any id.
 */
declare const UNION_TEMPLATE_IDS: Partial<Record<MessageKind, string>> | undefined;
const deployed: Partial<Record<MessageKind, string>> =
  typeof UNION_TEMPLATE_IDS === 'object' && UNION_TEMPLATE_IDS ? UNION_TEMPLATE_IDS : {};

/** The placeholder ids a fresh clone carries; the deploy plan warns while any is still in use. */
export const PLACEHOLDER_TEMPLATE_IDS: Record<MessageKind, string> = {
  notice: 'TPL_NOTICE_PUBLISHED_0001',
  waitlist_promoted: 'TPL_WAITLIST_PROMOTED_0003',
  review_result: 'TPL_REVIEW_RESULT_0005',
  voice_reply: 'TPL_VOICE_REPLY_0007',
  voice_escalated: 'TPL_VOICE_ESCALATED_0008',
  survey: 'TPL_SURVEY_PUBLISHED_0009',
  training_reminder: 'TPL_TRAINING_REMINDER_0010',
};

const idOf = (kind: MessageKind): string => deployed[kind] ?? PLACEHOLDER_TEMPLATE_IDS[kind];

export const TEMPLATES: Record<MessageKind, TemplateSpec> = {
  notice: { templateId: idOf('notice'), label: '新通知提醒', keys: ['thing1', 'thing2', 'time3'] },
  waitlist_promoted: {
    templateId: idOf('waitlist_promoted'),
    label: '候补转正通知',
    keys: ['thing1', 'phrase2', 'thing3'],
  },
  review_result: { templateId: idOf('review_result'), label: '审核结果通知', keys: ['thing1', 'phrase2', 'thing3'] },
  // 职工心声: the answer to my request; an overdue request reaching the next union; a new survey.
  voice_reply: { templateId: idOf('voice_reply'), label: '诉求答复通知', keys: ['thing1', 'phrase2', 'thing3'] },
  voice_escalated: { templateId: idOf('voice_escalated'), label: '诉求督办提醒', keys: ['thing1', 'thing2', 'time3'] },
  survey: { templateId: idOf('survey'), label: '问卷调研提醒', keys: ['thing1', 'thing2', 'time3'] },
  // Sent when an organizer reminds the members behind on their yearly training plan (issue 20).
  training_reminder: { templateId: idOf('training_reminder'), label: '学时提醒', keys: ['thing1', 'thing2', 'time3'] },
};

export const templateIdOf = (kind: MessageKind): string => TEMPLATES[kind].templateId;
