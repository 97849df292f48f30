import type { Role } from '../domain/roles';

/**
 * The demo union: one branch company, two brigades, four grassroots unions, ~40 members, and the
 * personas a developer signs in as locally. Ids are fixed so tests and seeds can refer to them.
 */
export interface DemoUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  level: 1 | 2 | 3;
}

export const DEMO_UNION_NAME = '青河油田第一分公司工会';

export const DEMO_UNITS: DemoUnit[] = [
  { id: 'u-branch', code: 'QH01', name: '青河油田第一分公司', parentId: null, level: 1 },
  { id: 'u-brigade-1', code: 'QH01-01', name: '采油一大队', parentId: 'u-branch', level: 2 },
  { id: 'u-brigade-2', code: 'QH01-02', name: '井下作业大队', parentId: 'u-branch', level: 2 },
  { id: 'u-grass-1', code: 'QH01-01-01', name: '采油一队工会', parentId: 'u-brigade-1', level: 3 },
  { id: 'u-grass-2', code: 'QH01-01-02', name: '采油二队工会', parentId: 'u-brigade-1', level: 3 },
  { id: 'u-grass-3', code: 'QH01-02-01', name: '修井一队工会', parentId: 'u-brigade-2', level: 3 },
  { id: 'u-grass-4', code: 'QH01-02-02', name: '测试队工会', parentId: 'u-brigade-2', level: 3 },
];

export interface DemoPerson {
  openid: string;
  name: string;
  employeeNo: string;
  phone: string;
  unitId: string;
  role: Role;
  /** Not yet registered: the persona who shows the registration flow. */
  unregistered?: boolean;
}

/** The personas listed on the local sign-in screen. */
export const PERSONAS = {
  admin: {
    openid: 'o-admin-wang',
    name: '王建国',
    employeeNo: 'QH10001',
    phone: '13905460001',
    unitId: 'u-branch',
    role: 'admin',
  },
  organizer: {
    openid: 'o-org-li',
    name: '李秀兰',
    employeeNo: 'QH10002',
    phone: '13905460002',
    unitId: 'u-brigade-1',
    role: 'organizer',
  },
  organizer2: {
    openid: 'o-org-zhao',
    name: '赵志强',
    employeeNo: 'QH10003',
    phone: '13905460003',
    unitId: 'u-brigade-2',
    role: 'organizer',
  },
  cadre: {
    openid: 'o-cadre-zhang',
    name: '张伟',
    employeeNo: 'QH10004',
    phone: '13905460004',
    unitId: 'u-grass-1',
    role: 'cadre',
  },
  worker: {
    openid: 'o-worker-liu',
    name: '刘芳',
    employeeNo: 'QH10005',
    phone: '13905460005',
    unitId: 'u-grass-1',
    role: 'worker',
  },
  worker2: {
    openid: 'o-worker-chen',
    name: '陈明',
    employeeNo: 'QH10006',
    phone: '13905460006',
    unitId: 'u-grass-2',
    role: 'worker',
  },
  newcomer: {
    openid: 'o-new-sun',
    name: '孙丽',
    employeeNo: 'QH10099',
    phone: '13905460099',
    unitId: 'u-grass-1',
    role: 'worker',
    unregistered: true,
  },
} satisfies Record<string, DemoPerson>;

export const PERSONA_NOTES: Partial<Record<keyof typeof PERSONAS, string>> = {
  admin: '分公司工会管理员',
  organizer: '采油一大队组织者',
  organizer2: '井下作业大队组织者',
  cadre: '基层工会干部',
  worker: '职工',
  worker2: '职工（采油二队）',
  newcomer: '尚未注册',
};

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = [
  '建华',
  '秀英',
  '志刚',
  '玉兰',
  '海涛',
  '丽娟',
  '国强',
  '桂芳',
  '春生',
  '晓燕',
  '德明',
  '红梅',
  '卫东',
  '淑珍',
  '永胜',
  '文静',
  '新民',
  '爱华',
  '立军',
  '凤英',
  '宏伟',
  '小红',
  '振兴',
  '雪梅',
  '长青',
  '海燕',
  '宝山',
  '金凤',
  '明辉',
  '彩霞',
  '继红',
  '鹏飞',
  '庆华',
  '素芬',
  '建军',
  '美玲',
  '树林',
  '翠萍',
  '学军',
  '俊杰',
];
const GRASS = ['u-grass-1', 'u-grass-2', 'u-grass-3', 'u-grass-4'];

/** ~34 more members spread over the grassroots unions, deterministic so every run seeds the same. */
export function demoMembers(): DemoPerson[] {
  const people: DemoPerson[] = [];
  for (let i = 0; i < 34; i++) {
    const n = 10100 + i;
    people.push({
      openid: `o-demo-${n}`,
      name: SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[i % GIVEN.length],
      employeeNo: `QH${n}`,
      phone: `139${String(5460100 + i * 37).padStart(8, '0')}`,
      unitId: GRASS[i % GRASS.length],
      role: i % 9 === 0 ? 'cadre' : 'worker',
    });
  }
  return people;
}

/** Ancestor ids from the root down to the unit (inclusive). */
export function unitPathOf(unitId: string): string[] {
  const path: string[] = [];
  let cur: DemoUnit | undefined = DEMO_UNITS.find((u) => u.id === unitId);
  while (cur) {
    path.unshift(cur.id);
    cur = DEMO_UNITS.find((u) => u.id === cur!.parentId);
  }
  return path;
}
