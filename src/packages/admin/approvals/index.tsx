import { View, Text, Button } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { MemberListItem } from '@domain/contract/member';
import { eventTimeText } from '@domain/rules/event-window';
import { ROSTER_CHECK_LABELS } from '@domain/rules/roster-check';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import { Disputes } from './disputes';
import { TextBox } from '../../../components/Form';
import '../admin.scss';

const PAGE_SIZE = 20;

/** Registrations waiting in my subtree (all of them for an admin), oldest first: approve or reject with a reason. */
export default function Approvals() {
  const { data, error, loading, reload } = useLoad(() =>
    call('member', 'listPending', { page: 1, pageSize: PAGE_SIZE }),
  );
  const [items, setItems] = useState<MemberListItem[]>([]);
  const [total, setTotal] = useState(0);
  useEffect(() => {
    if (!data) return;
    setItems(data.items);
    setTotal(data.total);
  }, [data]);

  const decided = (id: string) => {
    setItems((list) => list.filter((m) => m.id !== id));
    setTotal((n) => n - 1);
  };

  const { busy, run } = useAction();
  const loadMore = () =>
    run(async () => {
      const next = await call('member', 'listPending', {
        page: Math.floor(items.length / PAGE_SIZE) + 1,
        pageSize: PAGE_SIZE,
      });
      setItems((list) => [...list, ...next.items.filter((m) => !list.some((x) => x.id === m.id))]);
      setTotal(next.total);
    });

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>待审核 {total} 人</Text>
        </View>
        {data && items.length === 0 && <View className='uh-card uh-empty'>没有待审核的注册</View>}
        {items.map((m) => (
          <PendingCard key={m.id} member={m} onDecided={decided} />
        ))}
        {items.length < total && (
          <Button className='uh-btn uh-btn--ghost' disabled={busy || undefined} onClick={loadMore}>
            加载更多
          </Button>
        )}
      </View>
      <Disputes />
    </Screen>
  );
}

function PendingCard({ member, onDecided }: { member: MemberListItem; onDecided: (id: string) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, run, problem, setProblem } = useAction({ inline: true });

  const decide = async (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !reason.trim()) {
      setProblem('请填写驳回原因');
      return;
    }
    await run(
      async () => {
        await call(
          'member',
          'review',
          decision === 'approve' ? { id: member.id, decision } : { id: member.id, decision, reason: reason.trim() },
        );
        onDecided(member.id);
      },
      decision === 'approve' ? '已通过' : '已驳回',
    );
  };

  return (
    <View className='uh-card admin-approvals__pending'>
      <View className='uh-row'>
        <Text className='uh-card__title' onClick={link('member', { id: member.id })}>
          {member.name}
        </Text>
        <Text className='uh-muted'>工号 {member.employeeNo}</Text>
      </View>
      <View className='uh-card__meta'>{member.unitTrail.join(' / ')}</View>
      <View className='uh-card__meta'>
        手机 {member.phone}
        {member.phoneVerified ? '（微信已验证）' : '（未验证）'} · 提交于 {eventTimeText(member.submittedAt)}
      </View>
      {member.rosterCheck && (
        <View
          className={`uh-card__meta admin-approvals__roster-check ${member.rosterCheck === 'phone_mismatch' || member.rosterCheck === 'name_mismatch' ? 'uh-danger' : ''}`}
        >
          名册核对：{ROSTER_CHECK_LABELS[member.rosterCheck]}
        </View>
      )}
      {rejecting && (
        <View className='admin-panel'>
          <TextBox value={reason} onChange={setReason} max={100} placeholder='驳回原因（必填，会告知申请人）' />
        </View>
      )}
      {problem && <View className='uh-field__error'>{problem}</View>}
      <View className='admin-actions'>
        {rejecting ? (
          <>
            <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setRejecting(false)}>
              取消
            </Button>
            {/* `|| undefined`: Taro H5 writes disabled={false} as the attribute disabled="false", which [disabled] styles match. */}
            <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={() => decide('reject')}>
              确认驳回
            </Button>
          </>
        ) : (
          <>
            <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => setRejecting(true)}>
              驳回
            </Button>
            <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={() => decide('approve')}>
              通过
            </Button>
          </>
        )}
      </View>
    </View>
  );
}
