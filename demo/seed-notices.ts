import type { NoticeBlock, NoticeCategory } from '../domain/rules/notice-content';
import { excerptOf, paragraphsOf } from '../domain/rules/notice-content';
import { ROLES, type Role } from '../domain/roles';
import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf } from './union';
import { insertAll, type SeedDb } from './db';
import { DAY } from './days';

/**
 * Demo notices: a few of each category (通知, 活动, 学习, 帮扶), one pinned, one linked to the open
 * 夏送清凉 event, one scheduled for later, one withdrawn, and some read receipts and a group card's
 * reach so the organizer's reports have something to show. Runs after the events seeder.
 *
 * The link: the 夏送清凉 event is looked up in the database (kind summer_cooling); if the events seeder
 * has not created one, the notice links to the documented fixed id SUMMER_EVENT_ID.
 */
export const SUMMER_EVENT_ID = 'ev-summer-2026';

interface DemoNotice {
  id: string;
  title: string;
  category: NoticeCategory;
  text: string;
  units: string[];
  roles?: Role[];
  pinned?: boolean;
  /** Days relative to now (negative = in the past). */
  at: number;
  author: keyof typeof PERSONAS;
  status?: 'published' | 'withdrawn';
  linkSummer?: boolean;
}

const NOTICES: DemoNotice[] = [
  {
    id: 'nt-demo-safety',
    title: '关于做好冬季安全生产和职工防寒保暖工作的通知',
    category: '通知',
    text: '各基层工会：\n\n入冬以来气温持续走低，野外作业风险增加。请各单位组织班组开展一次冬季安全隐患排查，重点检查井场取暖设施、防滑措施和劳保用品发放情况。\n\n请于本月底前将排查情况报分公司工会办公室。',
    units: ['u-branch'],
    pinned: true,
    at: -2,
    author: 'admin',
  },
  {
    id: 'nt-demo-summer',
    title: '夏送清凉慰问活动开始报名',
    category: '活动',
    text: '今年夏送清凉慰问活动开始报名。一线职工可在小程序“活动”中报名，领取防暑降温用品。\n\n名额有限，报满即止，报名后请按时到本队工会领取。',
    units: ['u-branch'],
    at: -1,
    author: 'admin',
    linkSummer: true,
  },
  {
    id: 'nt-demo-law-study',
    title: '学习《工会法》第六条：维护职工合法权益',
    category: '学习',
    text: '《中华人民共和国工会法》（2021年修正）第六条规定：维护职工合法权益、竭诚服务职工群众是工会的基本职责。\n\n请各基层工会干部结合本队实际组织一次学习讨论，并完成小程序中的配套练习。',
    units: ['u-branch'],
    roles: ['cadre', 'organizer', 'admin'],
    at: -5,
    author: 'admin',
  },
  {
    id: 'nt-demo-brigade-meeting',
    title: '采油一大队职工代表座谈会安排',
    category: '通知',
    text: '大队工会定于下周三下午三点在大队会议室召开职工代表座谈会，听取大家对食堂、倒班宿舍和通勤班车的意见建议。\n\n请各基层工会推荐两名职工代表参加。',
    units: ['u-brigade-1'],
    at: -3,
    author: 'organizer',
  },
  {
    id: 'nt-demo-aid',
    title: '金秋助学申请材料提交说明',
    category: '帮扶',
    text: '家中子女今年考入大学、家庭生活确有困难的会员，可申请金秋助学金。\n\n请准备录取通知书复印件、家庭收入情况说明，交所在基层工会初审。',
    units: ['u-branch'],
    at: -8,
    author: 'admin',
  },
  {
    id: 'nt-demo-illness',
    title: '大病救助政策解读',
    category: '帮扶',
    text: '会员本人患重大疾病、自付医疗费用较高的，可向所在基层工会申请大病救助。\n\n工会干部接到申请后，应在五个工作日内上门走访核实。',
    units: ['u-brigade-1'],
    at: -12,
    author: 'organizer',
  },
  {
    id: 'nt-demo-counselling',
    title: '心理疏导讲座：倒班职工如何调整作息',
    category: '学习',
    text: '分公司工会邀请心理咨询师开设线上讲座，介绍倒班职工调整睡眠、缓解压力的方法。\n\n讲座录像将在讲座结束后上传，欢迎职工家属一同观看。',
    units: ['u-branch'],
    at: -15,
    author: 'admin',
  },
  {
    id: 'nt-demo-sports',
    title: '井下作业大队冬季趣味运动会报名',
    category: '活动',
    text: '大队工会将于下月举办冬季趣味运动会，设拔河、跳绳、踢毽子等项目。\n\n请以基层工会为单位组队报名。',
    units: ['u-brigade-2'],
    at: -4,
    author: 'organizer2',
  },
  {
    id: 'nt-demo-new-year',
    title: '元旦慰问一线职工安排（定时发布）',
    category: '活动',
    text: '元旦期间，大队工会将走访慰问坚守岗位的一线职工，请各基层工会提前统计在岗人员名单。',
    units: ['u-brigade-1'],
    at: 3,
    author: 'organizer',
  },
  {
    id: 'nt-demo-withdrawn',
    title: '（已撤回）食堂就餐时间调整',
    category: '通知',
    text: '原定食堂就餐时间调整事项暂缓执行，以后续通知为准。',
    units: ['u-brigade-1'],
    at: -6,
    author: 'organizer',
    status: 'withdrawn',
  },
];

async function findSummerEvent(db: SeedDb): Promise<{ id: string; title: string }> {
  try {
    const res = (await db
      .collection('events')
      .where({ kind: 'summer_cooling' })
      .orderBy('createdAt', 'desc')
      .limit(1)
      .get()) as unknown as {
      data: { _id: string; title: string }[];
    };
    const ev = res.data[0];
    if (ev) return { id: ev._id, title: ev.title };
  } catch {
    // No events collection or no events seeded yet: fall back to the documented id.
  }
  return { id: SUMMER_EVENT_ID, title: '夏送清凉慰问活动' };
}

export async function seedNotices(db: SeedDb, now: Date): Promise<void> {
  const summer = await findSummerEvent(db);
  const docs = NOTICES.map((n) => {
    const author = PERSONAS[n.author];
    const unit = DEMO_UNITS.find((u) => u.id === author.unitId)!;
    const blocks: NoticeBlock[] = paragraphsOf(n.text);
    const publishAt = new Date(now.getTime() + n.at * DAY);
    const scheduled = n.at > 0;
    return {
      _id: n.id,
      title: n.title,
      category: n.category,
      blocks,
      excerpt: excerptOf(blocks),
      audienceUnits: n.units,
      audienceRoles: n.roles ?? [...ROLES],
      pinned: n.pinned ?? false,
      status: n.status ?? 'published',
      publishAt,
      link: n.linkSummer ? { kind: 'event', id: summer.id, title: summer.title } : null,
      ownerUnitId: unit.id,
      ownerUnitPath: unitPathOf(unit.id),
      ownerUnitName: unit.name,
      authorOpenid: author.openid,
      authorName: author.name,
      // Demo notices are not pushed again on every start: only the scheduled one is still to go out.
      enqueue: scheduled ? 'pending' : 'done',
      enqueueLeaseUntil: null,
      remindRound: 0,
      lastRemindAt: null,
      createdAt: new Date(publishAt.getTime() - DAY),
      updatedAt: new Date(publishAt.getTime() - DAY),
      ...(n.status === 'withdrawn' ? { withdrawnAt: new Date(publishAt.getTime() + DAY / 2) } : {}),
    };
  });
  await insertAll(db, 'notices', docs);

  // Some members have read the older notices (not the personas, who should see them unread).
  const others = demoMembers();
  const reads = NOTICES.filter((n) => n.at < -2 && n.status !== 'withdrawn').flatMap((n, i) =>
    others
      .filter(
        (m, j) =>
          (j + i) % 3 !== 0 &&
          n.units.some((u) => unitPathOf(m.unitId).includes(u)) &&
          (n.roles ?? ROLES).includes(m.role),
      )
      .map((m) => ({
        _id: `${n.id}_${m.openid}`,
        noticeId: n.id,
        openid: m.openid,
        unitId: m.unitId,
        unitPath: unitPathOf(m.unitId),
        readAt: new Date(now.getTime() + (n.at + 1) * DAY),
      })),
  );
  await insertAll(db, 'notice_reads', reads);

  // The brigade meeting notice was shared to a work group, and a few opened it from there.
  const groupReaders = reads.filter((r) => r.noticeId === 'nt-demo-brigade-meeting').slice(0, 4);
  await insertAll(
    db,
    'notice_groups',
    groupReaders.map((r) => ({
      _id: `${r.noticeId}_GDEMO-brigade1-work_${r.openid}`,
      noticeId: r.noticeId,
      openGId: 'GDEMO-brigade1-work',
      openid: r.openid,
      at: r.readAt,
    })),
  );
}
