import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { SelfView } from '@domain/contract/member';
import { ROLE_LABELS, roleAtLeast } from '@domain/roles';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import { isCareMode, setCareMode } from '../../hooks/useCareMode';
import { restartAt } from '../../navigation';
import { OrganizerTodo } from '../home/organizer-todo';
import { CareSwitch } from './care-switch';
import { LinkRows, type LinkItem } from './link-rows';
import { PhoneLine } from './phone-line';
import './index.scss';

const MEMBER_LINKS: LinkItem[] = [
  { label: '我的报名', page: 'myRegistrations', icon: 'qr' },
  { label: '我的消息', page: 'messages', icon: 'message' },
  { label: '我的学习记录', page: 'studyRecord', icon: 'study' },
  { label: '我的学时', page: 'trainingProgress', icon: 'study' },
  { label: '错题本', page: 'wrongBook', icon: 'book' },
  { label: '学习排行与证书', page: 'leaderboard', icon: 'trophy' },
  { label: '消息订阅', page: 'subscriptions', icon: 'notice' },
  { label: '我的诉求', page: 'voiceMine', icon: 'message' },
];

const ORGANIZER_LINKS: LinkItem[] = [
  { label: '注册审核', page: 'approvals', icon: 'todo' },
  { label: '活动工作台（审核、签到）', page: 'eventHub', icon: 'qr' },
  { label: '活动管理', page: 'eventAdmin', icon: 'event' },
  { label: '通知管理', page: 'noticeAdmin', icon: 'notice' },
  { label: '题库与考试', page: 'quizPapers', icon: 'study' },
  { label: '成员管理', page: 'members', icon: 'people' },
  { label: '名册导入', page: 'rosterImport', icon: 'edit' },
  { label: '职工心声', page: 'voiceQueue', icon: 'message' },
  { label: '培训学时', page: 'trainingHub', icon: 'study' },
];

/** My profile (phone editable), my records, 关怀模式, and the organizer's way into the admin pages. */
export default function Me() {
  const { data, error, loading, reload } = useLoad(() => call('member', 'getMe', {}));
  const [member, setMember] = useState<SelfView>();
  const synced = useRef(false);
  useEffect(() => {
    if (data && !data.member) restartAt('login', { mode: 'register' });
    if (data?.member) {
      setMember(data.member);
      // The saved choice wins once per visit (a new phone starts without one).
      if (!synced.current && data.member.status === 'verified' && data.member.largeText !== isCareMode())
        setCareMode(data.member.largeText);
      synced.current = true;
    }
  }, [data]);
  return (
    <Screen loading={loading && !data} error={error} onRetry={reload} className='me'>
      {member && <MeBody member={member} onChange={setMember} refreshKey={data} />}
    </Screen>
  );
}

function MeBody({
  member,
  onChange,
  refreshKey,
}: {
  member: SelfView;
  onChange: (m: SelfView) => void;
  refreshKey: unknown;
}) {
  const verified = member.status === 'verified';
  const organizer = verified && roleAtLeast(member.role, 'organizer');
  const status = verified
    ? { text: ROLE_LABELS[member.role], tone: 'ok' }
    : member.status === 'pending'
      ? { text: '待审核', tone: 'warn' }
      : { text: '未通过', tone: 'danger' };
  return (
    <View>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='uh-row'>
            <Text className='uh-title me__name'>{member.name}</Text>
            <Text className={`uh-tag uh-tag--${status.tone}`}>{status.text}</Text>
          </View>
          <View className='uh-card__meta'>{member.unitTrail.join(' / ')}</View>
          <View className='me__line'>
            <Text className='uh-muted'>工号</Text>
            <Text>{member.employeeNo}</Text>
          </View>
          <PhoneLine member={member} onChange={onChange} editable={verified} />
          <View className='uh-muted me__note'>姓名、工号、单位如需更正，请联系所在工会组织者。</View>
        </View>
      </View>

      {organizer && <OrganizerTodo refreshKey={refreshKey} />}

      {verified && (
        <View className='uh-section'>
          <LinkRows items={MEMBER_LINKS} />
        </View>
      )}

      <View className='uh-section'>
        <CareSwitch saveToProfile={verified} />
      </View>

      {organizer && (
        <View className='uh-section'>
          <View className='uh-section__title'>组织管理</View>
          <LinkRows
            items={
              member.role === 'admin'
                ? [...ORGANIZER_LINKS, { label: '组织架构', page: 'org', icon: 'settings' }]
                : ORGANIZER_LINKS
            }
          />
        </View>
      )}

      {process.env.TARO_ENV === 'h5' && (
        <View className='uh-section'>
          <Button variant='ghost' onClick={() => restartAt('login')}>
            切换身份（本地）
          </Button>
        </View>
      )}
    </View>
  );
}
