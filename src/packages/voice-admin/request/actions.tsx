import { Button, Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrganizerRequestDetail, QueueRow } from '@domain/contract/voice-model';
import { call } from '../../../api';
import { TextBox } from '../../../components/Form';
import { useAction } from '../../../hooks/useAction';

type Step = () => Promise<OrganizerRequestDetail>;

/** The steps the rules allow now: accept, hand over, reply (from a template), merge, adopt, close. */
export function HandlerActions({
  request: r,
  onChange,
}: {
  request: OrganizerRequestDetail;
  onChange: (r: OrganizerRequestDetail) => void;
}) {
  const [text, setText] = useState('');
  const { busy, run: perform, problem } = useAction({ inline: true });
  const [similar, setSimilar] = useState<QueueRow[] | null>(null);

  const run = (step: Step, done: string) =>
    perform(async () => {
      onChange(await step());
      setText('');
      setSimilar(null);
    }, done);

  const findSimilar = () =>
    perform(async () => {
      const q = await call('voice', 'listQueue', { filter: 'all', page: 1 });
      setSimilar(q.items.filter((x) => x.id !== r.id && x.status !== 'closed'));
    });

  const off = busy || undefined;
  return (
    <View className='uh-card voice-admin-request__actions'>
      <View className='voice-admin-buttons'>
        {r.may.accept && (
          <Button
            className='uh-btn uh-btn--small voice-admin-request__actions-accept'
            disabled={off}
            onClick={() => void run(() => call('voice', 'accept', { id: r.id }), '已受理')}
          >
            受理
          </Button>
        )}
        {r.may.assign && r.colleagues.length > 0 && (
          <Picker
            mode='selector'
            range={r.colleagues.map((c) => `${c.name}（${c.unitName}）`)}
            onChange={(e) => {
              const c = r.colleagues[Number(e.detail.value)];
              if (c) void run(() => call('voice', 'assign', { id: r.id, to: c.id }), `已转交${c.name}`);
            }}
          >
            <View className='uh-btn uh-btn--small uh-btn--ghost'>转交同事</View>
          </Picker>
        )}
        {r.may.adopt && (
          <Button
            className='uh-btn uh-btn--small uh-btn--ghost voice-admin-request__actions-adopt'
            disabled={off}
            onClick={() => void run(() => call('voice', 'adopt', { id: r.id }), '已采纳')}
          >
            采纳建议
          </Button>
        )}
        {r.may.merge && (
          <Button className='uh-btn uh-btn--small uh-btn--ghost' disabled={off} onClick={() => void findSimilar()}>
            合并重复
          </Button>
        )}
      </View>
      {similar && (
        <View className='voice-admin-request__similar'>
          <View className='uh-muted'>选择同类诉求，本件将关闭并合并到所选诉求：</View>
          {similar.length === 0 && <View className='uh-muted'>没有可合并的诉求</View>}
          {similar.map((s) => (
            <View
              key={s.id}
              className='voice-admin-unit'
              onClick={() => void run(() => call('voice', 'merge', { id: r.id, into: s.id }), '已合并')}
            >
              <Text className='voice-admin-unit__name'>{s.excerpt}</Text>
              <Text className='uh-muted'>{s.unitName}</Text>
            </View>
          ))}
        </View>
      )}
      {(r.may.reply || r.may.close) && (
        <View>
          {r.may.reply && r.templates.length > 0 && (
            <View className='voice-admin-tabs'>
              {r.templates.map((t) => (
                <Text key={t.id} className='voice-admin-tab' onClick={() => setText(t.text)}>
                  {t.title}
                </Text>
              ))}
            </View>
          )}
          <TextBox
            className='voice-admin-request__actions-text'
            value={text}
            onChange={setText}
            max={1000}
            placeholder='答复内容（职工会收到通知）'
            multiline
          />
          {problem && <Text className='voice-parts__error'>{problem}</Text>}
          <View className='voice-admin-buttons'>
            {r.may.reply && (
              <Button
                className='uh-btn voice-admin-request__actions-reply'
                disabled={busy || !text.trim() || undefined}
                onClick={() => void run(() => call('voice', 'reply', { id: r.id, text: text.trim() }), '已答复')}
              >
                答复职工
              </Button>
            )}
            {r.may.close && (
              <Button
                className='uh-btn uh-btn--ghost'
                disabled={busy || !text.trim() || undefined}
                onClick={() => void run(() => call('voice', 'close', { id: r.id, reason: text.trim() }), '已关闭')}
              >
                关闭（以上文字为原因）
              </Button>
            )}
          </View>
        </View>
      )}
    </View>
  );
}
