/** The words of each notification a request's steps promise (subscription fields kept within WeChat's limits). */
import { chinaTime } from '../../domain/rules/china-time';
import { excerptOfText, VOICE_KIND_LABELS } from '../../domain/rules/voice-request';
import type { OrganizerDoc, OutboxIntent } from './repos/requests';

const short = (doc: Pick<OrganizerDoc, 'excerpt'>) => excerptOfText(doc.excerpt, 16);

export function replyIntent(doc: OrganizerDoc, n: number, text: string, unitName: string): OutboxIntent {
  return {
    key: `vr_${doc._id}_${n}`,
    to: 'writer',
    kind: 'voice_reply',
    title: '诉求答复通知',
    body: `您反映的“${doc.excerpt}”，${unitName}已答复：${excerptOfText(text, 60)}`,
    fields: [short(doc), '已答复', `${unitName}已答复，请查看并评价`],
  };
}

export function closedIntent(doc: OrganizerDoc, reason: string, unitName: string): OutboxIntent {
  return {
    key: `vc_${doc._id}_${doc.rev}`,
    to: 'writer',
    kind: 'voice_reply',
    title: '诉求办结通知',
    body: `您反映的“${doc.excerpt}”已由${unitName}关闭：${reason}`,
    fields: [short(doc), '已关闭', reason],
  };
}

export function imageRefusedIntent(doc: Pick<OrganizerDoc, '_id' | 'excerpt'>, index: number): OutboxIntent {
  return {
    key: `vi_${doc._id}_${index}`,
    to: 'writer',
    kind: 'voice_reply',
    title: '图片未通过检测',
    body: `您在“${doc.excerpt}”中上传的第${index + 1}张图片未通过微信内容安全检测，已隐藏，工会工作人员看不到它；文字内容不受影响，会照常办理。`,
    fields: [short(doc), '图片隐藏', '图片未通过内容安全检测'],
  };
}

/** To the organizers of the union the request just reached because the one below did not answer in time. */
export function escalatedIntent(doc: OrganizerDoc, toStage: number, at: number): OutboxIntent {
  const from = doc.chain[toStage - 1];
  const to = doc.chain[toStage];
  return {
    key: `ve_${doc._id}_${toStage}`,
    to: { unitId: to.unitId },
    kind: 'voice_escalated',
    title: '诉求督办提醒',
    body: `${from.name}收到的一件${VOICE_KIND_LABELS[doc.kind]}（“${doc.excerpt}”）超过${from.days}个工作日未答复，已转${to.name}督办，请尽快处理。`,
    fields: [short(doc), `${from.name}超时未答复`, chinaTime(at)],
  };
}

/** To the organizers handling a request the writer asked to be handled again. */
export function reopenedIntent(doc: OrganizerDoc, unitId: string): OutboxIntent {
  return {
    key: `vo_${doc._id}_${doc.reopens + 1}`,
    to: { unitId },
    kind: 'voice_escalated',
    title: '诉求重新办理',
    body: `职工对“${doc.excerpt}”的答复不满意，申请重新办理，请再次答复。`,
    fields: [short(doc), '职工申请重新办理', chinaTime(Date.now())],
  };
}
