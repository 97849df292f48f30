import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ESSAY_STATE_LABELS, type EssayView } from '@domain/contract/training-model';
import { chinaDate } from '@domain/rules/china-time';
import { STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { EssayForm } from './essay-form';
import '../training.scss';

const TAG: Record<EssayView['state'], string> = {
  pending: 'uh-tag uh-tag--warn',
  accepted: 'uh-tag uh-tag--ok',
  returned: 'uh-tag uh-tag--muted',
};

/** 心得体会: hand one in, see my reviews, and read what colleagues agreed to share (工作交流). */
export default function Essays() {
  const initial = useParam('trainingEssays', 'tab') === 'shared' ? 'shared' : 'mine';
  const [tab, setTab] = useState<'mine' | 'shared'>(initial);
  return (
    <View>
      <View className='uh-section training-tabs'>
        <Button
          className={`uh-btn uh-btn--small ${tab === 'mine' ? '' : 'uh-btn--ghost'}`}
          onClick={() => setTab('mine')}
        >
          我的心得
        </Button>
        <Button
          className={`uh-btn uh-btn--small ${tab === 'shared' ? '' : 'uh-btn--ghost'}`}
          onClick={() => setTab('shared')}
        >
          工作交流
        </Button>
      </View>
      {tab === 'mine' ? <Mine /> : <Shared />}
    </View>
  );
}

function Mine() {
  const { data, error, loading, reload } = useLoad(() => call('training', 'listMyEssays', {}));
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <EssayForm onSubmitted={() => void reload()} />
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>已提交</Text>
        </View>
        {data && data.length === 0 && <View className='uh-empty'>还没有提交过心得</View>}
        {data?.map((e) => (
          <View key={e.id} className='uh-card'>
            <View className='uh-row'>
              <Text className='uh-card__title'>{e.title}</Text>
              <Text className={TAG[e.state]}>{ESSAY_STATE_LABELS[e.state]}</Text>
            </View>
            <View className='uh-card__meta'>
              {STUDY_SUBJECT_LABELS[e.subject]} · {chinaDate(e.submittedAt)}
              {e.state === 'accepted' ? ` · 计入${hoursText(e.hours)}学时` : ''}
            </View>
            {e.comment && <View className='uh-card__meta'>组织者：{e.comment}</View>}
          </View>
        ))}
      </View>
    </Screen>
  );
}

function Shared() {
  const { data, error, loading, reload } = useLoad(() => call('training', 'listSharedEssays', {}));
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        {data && data.items.length === 0 && <View className='uh-empty'>本单位还没有分享的心得</View>}
        {data?.items.map((e) => (
          <View key={e.id} className='uh-card'>
            <View className='uh-card__title'>{e.title}</View>
            <View className='uh-card__meta'>
              {e.authorName} · {e.unitName} · {STUDY_SUBJECT_LABELS[e.subject]} · {chinaDate(e.acceptedAt)}
            </View>
            <Text className='training-reader__p' userSelect>
              {e.text}
            </Text>
          </View>
        ))}
      </View>
    </Screen>
  );
}
