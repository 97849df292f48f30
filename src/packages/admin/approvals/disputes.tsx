import { View, Text, Button } from '@tarojs/components';
import { useState } from 'react';
import type { DisputeView } from '@domain/contract/member';
import { ROSTER_CHECK_LABELS } from '@domain/rules/roster-check';
import { call } from '../../../api';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { TextBox } from '../../../components/Form';

/** 这是我的工号: open claims on numbers someone else registered, both sides against the roster. */
export function Disputes() {
  const { data, reload } = useLoad(() => call('member', 'listDisputes', { page: 1, pageSize: 20 }));
  if (!data || data.total === 0) return null;
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <Text>工号申诉 {data.total} 件</Text>
      </View>
      {data.items.map((d) => (
        <DisputeCard key={d.id} dispute={d} onSettled={reload} />
      ))}
    </View>
  );
}

function DisputeCard({ dispute: d, onSettled }: { dispute: DisputeView; onSettled: () => void }) {
  const [reason, setReason] = useState('');
  const { busy, run, problem, setProblem } = useAction({ inline: true });
  const settle = async (decision: 'claimant' | 'holder') => {
    if (!reason.trim()) return setProblem('请填写核实情况');
    await run(async () => {
      await call('member', 'resolveDispute', { id: d.id, decision, reason: reason.trim() });
      onSettled();
    }, '已处理');
  };
  return (
    <View className='uh-card admin-approvals__dispute'>
      <View className='uh-row'>
        <Text className='uh-card__title'>工号 {d.employeeNo}</Text>
        {d.roster && (
          <Text className='uh-muted'>
            名册：{d.roster.name} {d.roster.phone}
          </Text>
        )}
      </View>
      <View className='uh-card__meta'>
        申诉人 {d.claimant.name} · {d.claimant.phone}
        {d.claimant.phoneVerified ? '（微信已验证）' : '（未验证）'} · {ROSTER_CHECK_LABELS[d.claimant.rosterCheck]}
      </View>
      {d.holder && (
        <View className='uh-card__meta'>
          现持有人 {d.holder.name} · {d.holder.phone}
          {d.holder.phoneVerified ? '（微信已验证）' : '（未验证）'} · {ROSTER_CHECK_LABELS[d.holder.rosterCheck]}
        </View>
      )}
      <TextBox value={reason} onChange={setReason} max={100} placeholder='核实情况（必填，记入操作记录）' />
      {problem && <View className='uh-field__error'>{problem}</View>}
      <View className='admin-actions'>
        <Button
          className='uh-btn uh-btn--small uh-btn--ghost'
          disabled={busy || undefined}
          onClick={() => settle('holder')}
        >
          维持现状
        </Button>
        <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={() => settle('claimant')}>
          工号归申诉人
        </Button>
      </View>
    </View>
  );
}
