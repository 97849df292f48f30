import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { HomeResult, SelfView } from '@domain/contract/member';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import { isCareMode, setCareMode } from '../../hooks/useCareMode';
import { goTo, restartAt } from '../../navigation';
import { MemberHome } from './member-home';
import './index.scss';

/** What is open for me now, in one call; or, before I am a member, where my registration stands. */
export default function Home() {
  const { data, error, loading, reload } = useLoad(() => call('member', 'getHome', {}));
  const synced = useRef(false);
  // Each load refreshes what home adds on its own (an organizer's counts, today's check-in code).
  const [loadedAt, setLoadedAt] = useState(0);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  // A registration under review is approved while the app is in the background: look again on return.
  const pending = data?.state === 'pending';
  useDidShow(() => {
    if (pending) void reload();
  });

  useEffect(() => {
    if (data) setLoadedAt(Date.now());
    if (data?.state === 'unregistered') restartAt('login', { mode: 'register' });
    // No identity yet (H5 before a persona is chosen): the sign-in page.
    if (error?.code === 'UNAUTHENTICATED') restartAt('login');
    // 关怀模式 follows the member to a new phone: adopt the saved choice once per visit.
    if (data?.state === 'member' && !synced.current) {
      synced.current = true;
      if (data.largeText !== isCareMode()) setCareMode(data.largeText);
    }
  }, [data, error]);

  return (
    <Screen
      loading={loading && !data}
      error={error && error.code !== 'UNAUTHENTICATED' ? error : undefined}
      onRetry={reload}
      homeLink={false}
    >
      {data && <HomeBody result={data} loadedAt={loadedAt} />}
    </Screen>
  );
}

function HomeBody({ result, loadedAt }: { result: HomeResult; loadedAt: number }) {
  if (result.state === 'member') return <MemberHome home={result.home} loadedAt={loadedAt} />;
  if (result.state === 'unregistered') return null;
  return <RegistrationState member={result.member} />;
}

/** Pending or rejected: say so plainly, and offer the way forward. */
function RegistrationState({ member }: { member: SelfView }) {
  const rejected = member.status === 'rejected';
  return (
    <View className='uh-section home__state'>
      <View className='uh-card'>
        <View className={`uh-big ${rejected ? 'uh-danger' : ''}`}>
          {rejected ? '注册未通过审核' : '已提交，等待审核'}
        </View>
        <View className='home__state-text'>
          {member.name} · 工号 {member.employeeNo}
        </View>
        <View className='uh-card__meta'>{member.unitTrail.join(' / ')}</View>
        {rejected ? (
          <View className='home__state-text'>原因：{member.rejectReason || '未说明'}。请核对后重新提交。</View>
        ) : (
          <View className='home__state-text'>所在单位的工会组织者审核后即可使用，审核结果会通知您。</View>
        )}
        <Button variant='ghost' icon='edit' onClick={() => goTo('login', { mode: 'register' })}>
          {rejected ? '重新提交' : '修改注册信息'}
        </Button>
      </View>
    </View>
  );
}
