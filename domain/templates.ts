/**
 * Subscription-message templates: the one config file for their ids. Replace the ids with the ones
 * from your mini-program's 订阅消息 console (公共模板库); the field keys must match the template.
 */
/**
 * Only what the product really sends. (Event-start and paper-deadline reminders would need a timer the
 * day before, and cloud-function 2.0 environments have none: offering them would be a promise nobody keeps.)
 */
export const MESSAGE_KINDS = ['notice', 'waitlist_promoted', 'review_result', 'training_reminder'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface TemplateSpec {
  templateId: string;
  /** Shown on the member's subscription settings page. */
  label: string;
  /** Template field keys, in the order our `fields` array fills them. */
  keys: string[];
}

export const TEMPLATES: Record<MessageKind, TemplateSpec> = {
  notice: { templateId: 'TPL_NOTICE_PUBLISHED_0001', label: '新通知提醒', keys: ['thing1', 'thing2', 'time3'] },
  waitlist_promoted: { templateId: 'TPL_WAITLIST_PROMOTED_0003', label: '候补转正通知', keys: ['thing1', 'phrase2', 'thing3'] },
  review_result: { templateId: 'TPL_REVIEW_RESULT_0005', label: '审核结果通知', keys: ['thing1', 'phrase2', 'thing3'] },
  // Sent when an organizer reminds the members behind on their yearly training plan (issue 20).
  training_reminder: { templateId: 'TPL_TRAINING_REMINDER_0007', label: '学时提醒', keys: ['thing1', 'thing2', 'time3'] },
};

export const templateIdOf = (kind: MessageKind): string => TEMPLATES[kind].templateId;
