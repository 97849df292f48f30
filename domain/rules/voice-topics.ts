/**
 * The month's most frequent topics, from the requests' own words. There is no word segmenter on a
 * cloud function worth its cold start, so this counts runs of 2-4 Chinese characters by how many
 * requests use them, keeps a longer run over the shorter ones inside it when it is just as frequent
 * (食堂饭菜 over 食堂 and 饭菜), and drops words every request uses (希望, 问题, 工会...).
 */
const STOP_WORDS = new Set([
  '我们',
  '希望',
  '能否',
  '是否',
  '问题',
  '建议',
  '一下',
  '可以',
  '什么',
  '没有',
  '现在',
  '这个',
  '那个',
  '已经',
  '因为',
  '所以',
  '如果',
  '但是',
  '还是',
  '时候',
  '工会',
  '单位',
  '职工',
  '反映',
  '领导',
  '大家',
  '请问',
  '谢谢',
  '一些',
  '一个',
  '目前',
  '解决',
  '情况',
  '我们的',
  '能不能',
  '有没有',
  '希望能',
  '不能',
  '需要',
  '很多',
  '比较',
  '怎么',
  '为什么',
]);

/** Characters that rarely begin or end a topic word. */
const EDGE_STOPS = new Set([...'的了是在我你他她它和与及或就都也很还吗呢吧啊么呀被把让给对从向这那有没不要会能想请']);

export interface TopicCount {
  word: string;
  /** Requests whose text uses the word. */
  count: number;
}

function gramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    const chars = [...run];
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n).join('');
        if (EDGE_STOPS.has(chars[i]) || EDGE_STOPS.has(chars[i + n - 1]) || STOP_WORDS.has(gram)) continue;
        out.add(gram);
      }
    }
  }
  return out;
}

/** The `limit` most used topic words over these texts (each text counts a word once). */
export function topTopics(texts: readonly string[], limit = 10, minCount = 2): TopicCount[] {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of gramsOf(t)) df.set(g, (df.get(g) ?? 0) + 1);
  const frequent = [...df].filter(([, n]) => n >= minCount);
  const kept = frequent.filter(([g, n]) => !frequent.some(([h, m]) => h.length > g.length && m >= n && h.includes(g)));
  return kept
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word, count]) => ({ word, count }));
}
