/** The demo's open survey (anonymous, the whole branch) with answers from 14 demo members. */
import { ROLES } from '../domain/roles';
import type { SurveyAnswer, SurveyQuestion } from '../domain/rules/voice-survey';
import type { LinkKeys } from '../server/voice/link-keys';
import { insertAll, type SeedDb } from './db';
import { PERSONAS, demoMembers, unitPathOf } from './union';

export const DEMO_SURVEY_ID = 's-demo-canteen';
const DAY = 86_400_000;

const QUESTIONS: SurveyQuestion[] = [
  {
    id: 'q1',
    type: 'single',
    stem: '您多久在单位食堂就餐一次？',
    options: ['每天', '每周三四次', '偶尔', '从不'],
    required: true,
  },
  {
    id: 'q2',
    type: 'multiple',
    stem: '您最希望食堂改进哪些方面？（可多选）',
    options: ['菜品口味', '夜班供餐', '价格', '卫生', '排队时间'],
    required: true,
  },
  { id: 'q3', type: 'rating', stem: '您对食堂的总体满意度（1-5分）', options: [], required: true },
  { id: 'q4', type: 'text', stem: '您还有什么建议？', options: [], required: false },
];

const TEXTS = ['夜班希望有热汤', '希望增加面食', '', '周末也开放早餐', '', '价格可以再实惠些'];

export async function seedVoiceSurvey(db: SeedDb, now: Date, keys: LinkKeys): Promise<void> {
  const people = demoMembers().slice(0, 14);
  await insertAll(db, 'surveys', [
    {
      _id: DEMO_SURVEY_ID,
      title: '职工食堂满意度调查',
      intro: '为改进职工食堂服务，分公司工会开展本次匿名调查，约需2分钟，感谢您的参与。',
      anonymous: true,
      questions: QUESTIONS,
      status: 'published',
      closesAt: new Date(now.getTime() + 14 * DAY),
      publishedAt: new Date(now.getTime() - 3 * DAY),
      audienceUnits: ['u-branch'],
      audienceRoles: [...ROLES],
      ownerUnitId: 'u-branch',
      ownerUnitPath: ['u-branch'],
      ownerUnitName: '青河油田第一分公司',
      authorName: PERSONAS.admin.name,
      answers: people.length,
      notifyState: 'done',
      notifyCursor: '',
      createdAt: new Date(now.getTime() - 4 * DAY),
      updatedAt: new Date(now.getTime() - 3 * DAY),
    },
  ]);
  await insertAll(
    db,
    'survey_answers',
    people.map((p, i) => {
      const answers: SurveyAnswer[] = [
        { q: 'q1', choices: [i % 3] },
        { q: 'q2', choices: i % 2 ? [0, 1] : [1, 4] },
        { q: 'q3', rating: 2 + (i % 4) },
      ];
      if (TEXTS[i % TEXTS.length]) answers.push({ q: 'q4', text: TEXTS[i % TEXTS.length] });
      return {
        _id: keys.answerId(DEMO_SURVEY_ID, p.openid),
        surveyId: DEMO_SURVEY_ID,
        unitId: p.unitId,
        unitPath: unitPathOf(p.unitId),
        role: p.role,
        answers,
      };
    }),
  );
}
