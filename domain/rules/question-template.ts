/**
 * The downloadable question template: one example of each type, filled in as an office would, and
 * the instructions sheet. Every example's stem starts with （示例）, so a template sent back with its
 * examples still in refuses them as examples instead of adding them to the bank.
 */
import { OPTION_LETTERS, UNCATEGORISED, type QuestionContent } from './question-import';

export const TEMPLATE_EXAMPLES: QuestionContent[] = [
  {
    type: 'single',
    stem: '（示例）《工会法》规定，工会是中国共产党领导的职工自愿结合的（　）。',
    options: ['工人阶级的群众组织', '社会团体', '行政机关', '事业单位'],
    answer: [0],
    explanation:
      '《工会法》第二条：工会是中国共产党领导的职工自愿结合的工人阶级群众组织，是中国共产党联系职工群众的桥梁和纽带。',
    source: '《中华人民共和国工会法》（2021年修正）第二条',
    category: '法律法规',
    difficulty: 1,
    tags: ['工会法'],
  },
  {
    type: 'multiple',
    stem: '（示例）下列属于工会送温暖、办实事服务的有（　）。',
    options: ['夏送清凉', '金秋助学', '冬送温暖', '年终绩效考核'],
    answer: [0, 1, 2],
    explanation: '示例题：请替换为本单位的题目和解析。',
    source: '',
    category: '日常业务',
    difficulty: 2,
    tags: ['示例'],
  },
  {
    type: 'judge',
    stem: '（示例）判断题的答案填写“正确”或“错误”，也可以写对/错、√/×。',
    options: ['正确', '错误'],
    answer: [0],
    explanation: '示例题：请替换为本单位的题目和解析。',
    source: '',
    category: '日常业务',
    difficulty: 1,
    tags: ['示例'],
  },
];

const LAST = OPTION_LETTERS[OPTION_LETTERS.length - 1];

export const TEMPLATE_HOW_TO = [
  '题型：单选、多选或判断。题库按题型分成几个工作表（如“单选题”“多选题”“判断题”）时，可以不要题型这一列。',
  '题目：题干文字，必填。题目前的编号（如“12、”）导入时会去掉。',
  `选项A-${LAST}：单选、多选题依次填写，至少两个，中间不能留空；选项前的“A．”可写可不写。`,
  '判断题可以不填选项；若填写选项，应为“正确”和“错误”（或对/错、√/×），答案字母按选项文字认定。',
  '答案：选择题填选项字母，如 A 或 ABD；判断题填“正确”或“错误”（也可写对/错、√/×）。',
  '解析、出处：选填，出处写明法律名称和条款，如《中华人民共和国工会法》（2021年修正）第二条。',
  `分类：选填，如 政策理论、日常业务、法律法规、心理疏导；不填归入“${UNCATEGORISED}”。`,
  '难度：易、中、难，或 1、2、3；不填按“中”。',
  '标签：选填，多个标签用顿号分隔。',
  '以“（示例）”开头的行是示例，导入时不会导入，可直接删除。图片（WPS 嵌入单元格的图片）暂不支持，请改为文字。',
  '表格上方可以有标题行；隐藏的行不会导入。导入时会先逐行检查：有问题的行会列出工作表、行号和原因，确认后只导入没有问题的行。',
];
