import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { MyRequestDetail } from '@domain/contract/voice-model';
import { RATINGS, RATING_LABELS, type Rating } from '@domain/rules/voice-request';
import { call } from '../../../api';
import { Chips, optionsOf } from '../../../components/Chips';
import { VOICE_CHIPS } from '../../../components/VoiceParts';
import { TextBox } from '../../../components/Form';
import { useAction } from '../../../hooks/useAction';

/** What the writer may do now: add to it, rate the answer, or (once, after 不满意) ask again. */
export function WriterActions({
  request: r,
  onChange,
}: {
  request: MyRequestDetail;
  onChange: (r: MyRequestDetail) => void;
}) {
  const [text, setText] = useState('');
  const [rating, setRating] = useState<Rating>('satisfied');
  const { busy, run, problem } = useAction({ inline: true });

  const act = (step: () => Promise<MyRequestDetail>, done: string) =>
    run(async () => {
      onChange(await step());
      setText('');
    }, done);

  if (!r.may.rate && !r.may.reopen && !r.may.addNote) return null;
  return (
    <View className='uh-card voice-detail__actions'>
      {r.may.rate && (
        <View className='voice-detail__actions-rate'>
          <View className='uh-card__title'>对答复满意吗？</View>
          <Chips
            options={optionsOf(RATINGS, RATING_LABELS)}
            isOn={(x) => x === rating}
            onTap={setRating}
            skin={VOICE_CHIPS}
          />
        </View>
      )}
      {r.may.reopen && <View className='uh-card__title'>对答复不满意，可申请重新办理一次</View>}
      {!r.may.rate && !r.may.reopen && <View className='uh-card__title'>补充说明</View>}
      <TextBox
        className='voice-detail__actions-text'
        value={text}
        onChange={setText}
        max={r.may.rate ? 200 : 500}
        placeholder={r.may.rate ? '说说您的看法（选填）' : r.may.reopen ? '请说明还需要解决什么' : '补充情况或新的进展'}
        multiline
      />
      {problem && <Text className='voice-parts__error'>{problem}</Text>}
      {r.may.rate && (
        <Button
          className='uh-btn voice-detail__actions-submit-rating'
          disabled={busy || undefined}
          onClick={() =>
            void act(() => call('voice', 'rate', { id: r.id, rating, comment: text.trim() || undefined }), '已评价')
          }
        >
          提交评价
        </Button>
      )}
      {r.may.reopen && (
        <Button
          className='uh-btn voice-detail__actions-reopen'
          disabled={busy || !text.trim() || undefined}
          onClick={() => void act(() => call('voice', 'reopen', { id: r.id, reason: text.trim() }), '已申请重新办理')}
        >
          申请重新办理
        </Button>
      )}
      {r.may.addNote && !r.may.rate && (
        <Button
          className='uh-btn uh-btn--ghost voice-detail__actions-note'
          disabled={busy || !text.trim() || undefined}
          onClick={() => void act(() => call('voice', 'addNote', { id: r.id, text: text.trim() }), '已补充')}
        >
          提交补充
        </Button>
      )}
    </View>
  );
}
