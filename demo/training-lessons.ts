/**
 * The demo union's three lessons (学习资料), one per subject, each quoting the article it rests on
 * exactly as it stands in demo/laws/ (law, revision, article).
 */
import type { NoticeBlock } from '../domain/rules/notice-content';
import type { StudySubject } from '../domain/rules/training-subjects';

export interface DemoLesson {
  id: string;
  title: string;
  summary: string;
  subject: StudySubject;
  hours: number;
  minSeconds: number;
  blocks: NoticeBlock[];
}

const p = (text: string): NoticeBlock => ({ type: 'p', text });

export const DEMO_LESSONS: DemoLesson[] = [
  {
    id: 'ls-demo-policy',
    title: '工会的性质：党联系职工群众的桥梁和纽带',
    summary: '学习《工会法》第二条，理解工会组织的性质和定位',
    subject: 'policy',
    hours: 1,
    minSeconds: 180,
    blocks: [
      p(
        '《中华人民共和国工会法》（2021年修正）第二条：工会是中国共产党领导的职工自愿结合的工人阶级群众组织，是中国共产党联系职工群众的桥梁和纽带。',
      ),
      p('中华全国总工会及其各工会组织代表职工的利益，依法维护职工的合法权益。'),
      p(
        '学习要点：一是工会坚持党的领导，这是工会的根本政治原则；二是工会是职工自愿结合的群众组织，离开职工群众就没有工会；三是“桥梁和纽带”要求工会干部既把党的声音传到班组，也把职工的呼声反映上来。',
      ),
      p('思考题：在本队的日常工作中，您是怎样把职工的意见和诉求反映给上级工会和行政的？'),
    ],
  },
  {
    id: 'ls-demo-law',
    title: '工会法第六条：维护职工合法权益是工会的基本职责',
    summary: '学习《工会法》第六条、第二十一条，掌握劳动合同与集体合同中的工会职责',
    subject: 'law',
    hours: 1,
    minSeconds: 300,
    blocks: [
      p(
        '《中华人民共和国工会法》（2021年修正）第六条第一款：维护职工合法权益、竭诚服务职工群众是工会的基本职责。工会在维护全国人民总体利益的同时，代表和维护职工的合法权益。',
      ),
      p('同条第二款：工会通过平等协商和集体合同制度等，推动健全劳动关系协调机制，维护职工劳动权益，构建和谐劳动关系。'),
      p('第二十一条第一款：工会帮助、指导职工与企业、实行企业化管理的事业单位、社会组织签订劳动合同。'),
      p(
        '第二十一条第二款：工会代表职工与企业、实行企业化管理的事业单位、社会组织进行平等协商，依法签订集体合同。集体合同草案应当提交职工代表大会或者全体职工讨论通过。',
      ),
      p(
        '工作提示：基层工会干部在职工签订、续订劳动合同时，可以提醒职工核对岗位、工作地点、劳动报酬和劳动保护等条款；集体合同草案须经职工代表大会或者全体职工讨论通过，不能由工会代签了事。',
      ),
    ],
  },
  {
    id: 'ls-demo-counselling',
    title: '一线职工的心理疏导：安全生产法的要求与班组做法',
    summary: '学习《安全生产法》第四十四条，关注职工身心状况，做好心理疏导',
    subject: 'counselling',
    hours: 1,
    minSeconds: 180,
    blocks: [
      p(
        '《中华人民共和国安全生产法》（2021年修正）第四十四条第二款：生产经营单位应当关注从业人员的身体、心理状况和行为习惯，加强对从业人员的心理疏导、精神慰藉，严格落实岗位安全生产责任，防范从业人员行为异常导致事故发生。',
      ),
      p('野外倒班、长期离家、家庭变故，都可能让职工情绪低落、注意力下降。工会干部是班组里最容易察觉这些变化的人。'),
      p(
        '班组做法：一听，交接班时多问一句“最近家里还好吗”，耐心听完不急着下结论；二看，留意职工是否明显少言、易怒、失眠或频繁出错；三帮，遇到困难及时向基层工会反映，符合条件的纳入帮扶；四转介，情绪问题严重时，帮助职工联系专业心理咨询。',
      ),
    ],
  },
];
