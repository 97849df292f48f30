/**
 * 职工心声 demo: a grassroots organizer to sign in as (the grassroots union is where requests land),
 * requests in every state (one overdue and escalated to the brigade, anonymous ones, one rated and
 * adopted, one merged duplicate), a reply template, and an open anonymous survey with answers
 * (demo/seed-voice-survey.ts). Writers' keys are made with the same secret the functions use.
 */
import { randomBytes } from 'crypto';
import { PROMISE_DAYS, escalationsDue, planDeadlines } from '../domain/rules/voice-promise';
import { workCalendar } from '../domain/rules/voice-working-days';
import {
  excerptOfText,
  type Rating,
  type VoiceCategory,
  type VoiceKind,
  type VoiceStatus,
} from '../domain/rules/voice-request';
import { linkKeys, type LinkKeys } from '../server/voice/link-keys';
import type { TimelineEntry, VoiceRequestDoc } from '../server/voice/repos/requests';
import { insertAll, type SeedDb } from './db';
import { demoMemberDoc } from './seed-members';
import { seedVoiceSurvey } from './seed-voice-survey';
import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf, type DemoPerson } from './union';

const HOUR = 3_600_000;

/** The grassroots union's office: who answers 采油一队's requests first. Listed on the sign-in screen. */
export const VOICE_PERSONAS: DemoPerson[] = [
  {
    openid: 'o-org-qian',
    name: '钱淑芬',
    employeeNo: 'QH10301',
    phone: '13905460301',
    unitId: 'u-grass-1',
    role: 'organizer',
  },
];

const nameOf = (unitId: string) => DEMO_UNITS.find((u) => u.id === unitId)?.name ?? unitId;
const officeOf = (p: DemoPerson) => ({ name: p.name, unitName: nameOf(p.unitId) });
const QIAN = officeOf(VOICE_PERSONAS[0]);
const LI = officeOf(PERSONAS.organizer);

interface DemoRequest {
  id: string;
  writer: DemoPerson;
  anonymous: boolean;
  kind: VoiceKind;
  category: VoiceCategory;
  text: string;
  /** Hours before now it was sent. */
  ago: number;
  status: VoiceStatus;
  /** Steps after submission, hours after it was sent. */
  steps?: (Omit<TimelineEntry, 'at'> & { after: number })[];
  rating?: Rating;
  adopted?: boolean;
  mergedInto?: string;
}

const member = (i: number) => demoMembers()[i];

const REQUESTS: DemoRequest[] = [
  {
    id: 'v-demo-night-meal',
    writer: PERSONAS.worker,
    anonymous: false,
    kind: 'suggestion',
    category: '食堂后勤',
    ago: 3,
    status: 'submitted',
    text: '希望食堂夜班能供应热饭热菜，夜班职工下班后经常只能吃冷饭，冬天尤其难受。',
  },
  {
    id: 'v-demo-gloves',
    writer: member(0),
    anonymous: true,
    kind: 'appeal',
    category: '劳动安全',
    ago: 20,
    status: 'accepted',
    text: '井场防护手套磨损快，一个月就破了，希望劳保用品能按季度多发两副防护手套。',
    steps: [{ after: 2, kind: 'accepted', by: QIAN }],
  },
  {
    id: 'v-demo-overtime',
    writer: member(1),
    anonymous: false,
    kind: 'consult',
    category: '薪酬待遇',
    ago: 30,
    status: 'processing',
    text: '请问节假日值班的加班费是按什么标准计算的？我们班组对计算方法有疑问。',
    steps: [{ after: 4, kind: 'assigned', to: LI.name, by: LI }],
  },
  {
    id: 'v-demo-leave',
    writer: PERSONAS.worker,
    anonymous: false,
    kind: 'consult',
    category: '职业发展',
    ago: 50,
    status: 'answered',
    text: '请问今年的职工技能培训什么时候报名？夜班职工能否安排在白天参加？',
    steps: [
      { after: 1, kind: 'accepted', by: QIAN },
      {
        after: 20,
        kind: 'replied',
        by: QIAN,
        text: '您好！今年技能培训下月初开始报名，夜班职工可选周二、周四白天的班次，报名时在备注中说明即可。',
      },
    ],
  },
  {
    id: 'v-demo-shuttle',
    writer: PERSONAS.worker,
    anonymous: true,
    kind: 'suggestion',
    category: '食堂后勤',
    ago: 120,
    status: 'rated',
    rating: 'satisfied',
    adopted: true,
    text: '建议增开早班通勤车，早班职工六点前到井场，现在只能自己骑车，冬天路滑不安全。',
    steps: [
      { after: 2, kind: 'accepted', by: QIAN },
      {
        after: 26,
        kind: 'replied',
        by: QIAN,
        text: '感谢您的建议！经与车队协调，下周一起增开6:10早班通勤车，从生活区南门发车。',
      },
      { after: 27, kind: 'adopted', by: QIAN },
      { after: 40, kind: 'rated', to: '满意', by: 'writer', text: '很快就解决了，谢谢工会！' },
    ],
  },
  {
    id: 'v-demo-shuttle-2',
    writer: member(4),
    anonymous: false,
    kind: 'suggestion',
    category: '食堂后勤',
    ago: 110,
    status: 'closed',
    mergedInto: 'v-demo-shuttle',
    text: '能不能早上多安排一趟通勤车？早班职工现在只能自己骑车去井场。',
    steps: [{ after: 10, kind: 'merged', to: '建议增开早班通勤车', by: QIAN }],
  },
  // Sent ten days ago and never answered: past the grassroots union's promise, now with the brigade.
  {
    id: 'v-demo-heating',
    writer: PERSONAS.worker2,
    anonymous: true,
    kind: 'help',
    category: '困难帮扶',
    ago: 240,
    status: 'submitted',
    text: '宿舍暖气一直不热，已经反映过两次，家里老人生病也需要照顾，希望工会帮忙协调。',
  },
];

function requestDoc(r: DemoRequest, keys: LinkKeys, now: number): VoiceRequestDoc {
  const at = now - r.ago * HOUR;
  const path = unitPathOf(r.writer.unitId);
  const chain = [...path].reverse().map((unitId) => ({ unitId, name: nameOf(unitId), days: PROMISE_DAYS.default }));
  const deadlines = planDeadlines(
    at,
    chain.map((c) => c.days),
    workCalendar(null),
  );
  const timeline: TimelineEntry[] = [
    { at: new Date(at), kind: 'submitted', by: 'writer' },
    ...(r.steps ?? []).map(({ after, ...e }) => ({ ...e, at: new Date(at + after * HOUR) })),
  ];
  const firstReply = timeline.find((e) => e.kind === 'replied');
  const awaiting = r.status === 'submitted' || r.status === 'accepted' || r.status === 'processing';
  // Escalations already due are recorded as a read would have recorded them.
  const steps = escalationsDue({ stage: 0, deadlines, awaiting }, now);
  const stage = steps.length ? steps[steps.length - 1].stage : 0;
  timeline.push(...steps.map((s) => ({ at: new Date(s.at), kind: 'escalated' as const, to: chain[s.stage].name })));
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());
  const replies = timeline.filter((e) => e.kind === 'replied').length;
  const assigned = timeline.find((e) => e.kind === 'assigned');
  return {
    _id: r.id,
    kind: r.kind,
    category: r.category,
    text: r.text,
    excerpt: excerptOfText(r.text),
    images: [],
    traces: [],
    anonymous: r.anonymous,
    writerKey: keys.writerKey(r.writer.openid),
    sealedWriter: keys.seal(r.writer.openid),
    writerName: r.anonymous ? null : r.writer.name,
    unitId: r.writer.unitId,
    unitPath: path,
    unitName: nameOf(r.writer.unitId),
    chain,
    deadlines: deadlines.map((d) => new Date(d)),
    stage,
    promisedBy: new Date(deadlines[0]),
    dueAt: awaiting ? new Date(deadlines[stage]) : null,
    nextEscalationAt: awaiting && stage < deadlines.length - 1 ? new Date(deadlines[stage]) : null,
    status: r.status,
    awaiting,
    firstReplyAt: firstReply ? firstReply.at : null,
    onTime: firstReply ? firstReply.at.getTime() < deadlines[0] : null,
    replies,
    seenReplies: r.status === 'rated' ? replies : 0,
    notes: 0,
    assigneeId: assigned ? PERSONAS.organizer.openid : null,
    assigneeName: assigned ? PERSONAS.organizer.name : null,
    adopted: r.adopted ?? false,
    mergedInto: r.mergedInto ?? null,
    merged: REQUESTS.filter((x) => x.mergedInto === r.id).length,
    rating: r.rating ?? null,
    reopens: 0,
    timeline,
    outbox: {},
    outboxCount: 0,
    rev: 0,
    createdAt: new Date(at),
    updatedAt: new Date(now),
  };
}

export async function seedVoice(db: SeedDb, now: Date): Promise<void> {
  const secret = randomBytes(32);
  await insertAll(db, 'secrets', [{ _id: 'voice', value: secret.toString('base64'), createdAt: now }]);
  const keys = linkKeys(secret);
  await insertAll(
    db,
    'members',
    // Verified by the admin but on no roster: the voice handlers were added by hand.
    VOICE_PERSONAS.map((p) => ({ ...demoMemberDoc(p, 'verified', now, now), rosterMatched: false })),
  );
  await insertAll(
    db,
    'employee_numbers',
    VOICE_PERSONAS.map((p) => ({ _id: p.employeeNo, openid: p.openid, claimedAt: now })),
  );
  await insertAll(
    db,
    'voice_requests',
    REQUESTS.map((r) => requestDoc(r, keys, now.getTime())),
  );
  await insertAll(db, 'voice_settings', [
    {
      _id: 'u-grass-1',
      promiseDays: PROMISE_DAYS.default,
      templates: [
        {
          id: 't-demo-thanks',
          title: '感谢建议',
          text: '感谢您的建议！我们已转交相关部门研究，有进展会第一时间答复您。',
        },
        { id: 't-demo-policy', title: '政策解答', text: '您好！您咨询的问题按照公司现行规定执行，具体标准如下：' },
      ],
      updatedAt: now,
    },
  ]);
  await seedVoiceSurvey(db, now, keys);
}

export const DEMO_VOICE = {
  overdue: 'v-demo-heating',
  rated: 'v-demo-shuttle',
  anonymous: 'v-demo-gloves',
  submitted: 'v-demo-night-meal',
} as const;
