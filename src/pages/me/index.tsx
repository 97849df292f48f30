import { View, Text, Button, Input, Switch } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { SelfView } from '@domain/contract/member';
import { normalisePhone, phoneProblem } from '@domain/rules/member-fields';
import { ROLE_LABELS, roleAtLeast } from '@domain/roles';
import { call, messageOf } from '../../api';
import { Screen } from '../../components/screen';
import { useLoad } from '../../hooks/useLoad';
import { isCareMode, setCareMode, useCareMode } from '../../hooks/useCareMode';
import './index.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** My profile (phone editable), my records, 关怀模式, and the organizer's way into the admin pages. */
export default function Me() {
  const { data, error, loading, reload } = useLoad(() => call('member', 'me', {}));
  const [member, setMember] = useState<SelfView>();
  const synced = useRef(false);
  useEffect(() => {
    if (data && !data.member) void Taro.redirectTo({ url: '/packages/member/login/index?mode=register' });
    if (data?.member) {
      setMember(data.member);
      // The saved choice wins once per visit (a new phone starts without one).
      if (!synced.current && data.member.status === 'verified' && data.member.largeText !== isCareMode()) setCareMode(data.member.largeText);
      synced.current = true;
    }
  }, [data]);
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload} className='me'>
      {member && <MeBody member={member} onChange={setMember} />}
    </Screen>
  );
}

function MeBody({ member, onChange }: { member: SelfView; onChange: (m: SelfView) => void }) {
  const verified = member.status === 'verified';
  return (
    <View>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='uh-row'>
            <Text className='uh-title me__name'>{member.name}</Text>
            <Text className={`uh-tag ${verified ? 'uh-tag--ok' : 'uh-tag--warn'}`}>{verified ? ROLE_LABELS[member.role] : member.status === 'pending' ? '待审核' : '未通过'}</Text>
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

      {verified && (
        <View className='uh-section'>
          <View className='uh-card me__links'>
            <LinkRow label='我的学习记录' url='/packages/member/study-record/index' />
            <LinkRow label='我的学时' url='/packages/training/progress/index' />
            <LinkRow label='学习排行与证书' url='/packages/study/leaderboard/index' />
            <LinkRow label='我的报名' url='/pages/my-registrations/index' />
            <LinkRow label='通知公告' url='/pages/notices/index' />
            <LinkRow label='我的消息' url='/packages/member/messages/index' />
            <LinkRow label='消息订阅' url='/packages/member/subscriptions/index' />
          </View>
        </View>
      )}

      <View className='uh-section'>
        <CareSwitch saveToProfile={verified} />
      </View>

      {verified && roleAtLeast(member.role, 'organizer') && (
        <View className='uh-section'>
          <View className='uh-section__title'>组织管理</View>
          <View className='uh-card me__links'>
            <LinkRow label='注册审核' url='/packages/admin/approvals/index' />
            <LinkRow label='成员管理' url='/packages/admin/members/index' />
            <LinkRow label='名册导入' url='/packages/admin/import/index' />
            <LinkRow label='活动管理' url='/packages/event-admin/list/index' />
            <LinkRow label='通知管理' url='/packages/notice-admin/list/index' />
            <LinkRow label='题库与考试' url='/packages/quiz-admin/papers/index' />
            <LinkRow label='培训学时' url='/packages/training-admin/hub/index' />
            {member.role === 'admin' && <LinkRow label='组织架构' url='/packages/admin/org/index' />}
          </View>
        </View>
      )}

      {process.env.TARO_ENV === 'h5' && (
        <View className='uh-section'>
          <Button className='uh-btn uh-btn--ghost' onClick={() => Taro.reLaunch({ url: '/packages/member/login/index' })}>
            切换身份（本地）
          </Button>
        </View>
      )}
    </View>
  );
}

function LinkRow({ label, url }: { label: string; url: string }) {
  return (
    <View className='uh-row me__link' onClick={go(url)}>
      <Text>{label}</Text>
      <Text className='uh-muted'>›</Text>
    </View>
  );
}

/** The phone is the one field a member edits themself. */
function PhoneLine({ member, onChange, editable }: { member: SelfView; onChange: (m: SelfView) => void; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(member.phone);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const phone = normalisePhone(value);
    const p = phoneProblem(phone);
    setProblem(p);
    if (p) return;
    setBusy(true);
    try {
      onChange(await call('member', 'updateProfile', { phone }));
      setEditing(false);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  if (!editing) {
    return (
      <View className='me__line'>
        <Text className='uh-muted'>手机号</Text>
        <View>
          <Text className='me__phone'>{member.phone}</Text>
          {editable && (
            <Text className='me__edit' onClick={() => (setValue(member.phone), setEditing(true))}>
              修改
            </Text>
          )}
        </View>
      </View>
    );
  }
  return (
    <View className='uh-field me__phone-edit'>
      <Text className='uh-field__label'>新手机号</Text>
      <Input className='uh-input' type='number' maxlength={11} value={value} onInput={(e) => setValue(e.detail.value)} />
      {problem && <Text className='uh-field__error'>{problem}</Text>}
      <View className='uh-row'>
        <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setEditing(false)}>
          取消
        </Button>
        <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={save}>
          保存
        </Button>
      </View>
    </View>
  );
}

/** 关怀模式: applies at once on this phone, and is saved to the profile so it follows the member. */
function CareSwitch({ saveToProfile }: { saveToProfile: boolean }) {
  const on = useCareMode();
  const toggle = (value: boolean) => {
    setCareMode(value);
    if (!saveToProfile) return;
    call('member', 'updateProfile', { largeText: value }).catch(() => void Taro.showToast({ title: '未能保存到账号，本机已生效', icon: 'none' }));
  };
  return (
    <View className='uh-card uh-row me__care'>
      <View>
        <View className='me__care-title'>关怀模式</View>
        <View className='uh-muted'>放大全部文字，看得更清楚</View>
      </View>
      <Switch className='me__care-switch' checked={on} color='#c8231e' onChange={(e) => toggle(e.detail.value)} />
    </View>
  );
}
