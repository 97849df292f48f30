import { Button, Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { EssayReviewItem } from '@domain/contract/training-admin-model';
import { listDate } from '@domain/rules/china-time';
import { STUDY_SUBJECT_LABELS } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { say } from '../../../ui/confirm';
import { TextBox } from '../../../components/Form';
import '../training-admin.scss';

/** 心得 awaiting review from my subtree, oldest first: accept (with hours and a comment) or return with a reason. */
export default function EssayQueue() {
  const { data, error, loading, reload } = useLoad(() => call('trainingAdmin', 'listEssayQueue', { pageSize: 20 }));
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        {data && <View className='uh-card__meta'>待审核 {data.total} 篇</View>}
        {data && data.items.length === 0 && <View className='uh-empty'>没有待审核的心得</View>}
        {data?.items.map((e) => (
          <Item key={e.id} e={e} onDone={() => void reload()} />
        ))}
      </View>
    </Screen>
  );
}

function Item({ e, onDone }: { e: EssayReviewItem; onDone: () => void }) {
  const [comment, setComment] = useState('');
  const [hours, setHours] = useState('1');
  const { busy, run } = useAction();
  const decide = (decision: 'accept' | 'return') =>
    run(async () => {
      const out = await call('trainingAdmin', 'reviewEssay', {
        essayId: e.id,
        decision,
        comment,
        hours: Math.round(Number(hours) * 2) / 2 || 1,
      });
      say(out.state === 'accepted' ? '已通过，学时已计入' : '已退回');
      onDone();
    });
  return (
    <View className='uh-card training-admin-essay'>
      <View className='uh-card__title'>{e.title}</View>
      <View className='uh-card__meta'>
        {e.authorName}（{e.employeeNo}） · {e.unitName} · {STUDY_SUBJECT_LABELS[e.subject]} ·{' '}
        {listDate(e.submittedAt, Date.now())}
        {e.share ? ' · 同意在本单位交流' : ''}
      </View>
      <Text className='training-admin-essay__text' userSelect>
        {e.text}
      </Text>
      {e.images.map((i) => (
        <Image key={i.fileID} className='training-admin-essay__img' src={i.url} mode='widthFix' />
      ))}
      <View className='uh-row uh-field'>
        <Text>计入学时</Text>
        <TextBox type='digit' value={hours} onChange={setHours} max={6} />
      </View>
      <View className='uh-field'>
        <TextBox value={comment} onChange={setComment} max={200} placeholder='评语（退回时必填，作者可见）' />
      </View>
      <View className='training-admin-links'>
        <Button className='uh-btn' disabled={busy || undefined} onClick={() => void decide('accept')}>
          通过
        </Button>
        <Button
          className='uh-btn uh-btn--ghost'
          disabled={busy || !comment.trim() || undefined}
          onClick={() => void decide('return')}
        >
          退回
        </Button>
      </View>
    </View>
  );
}
