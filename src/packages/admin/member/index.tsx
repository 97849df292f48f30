import { View, Text, Button } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { MemberDetail, UnitView } from '@domain/contract/member';
import { employeeNoProblem, nameProblem, normaliseEmployeeNo, normaliseName } from '@domain/rules/member-fields';
import { ROLE_LABELS, type Role } from '@domain/roles';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { UnitPicker } from '../../../components/UnitPicker';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { confirm } from '../../../ui/confirm';
import { Field, TextBox } from '../../../components/Form';
import '../admin.scss';

const STATUS_LABELS = { verified: '已认证', pending: '待审核', rejected: '未通过' } as const;

/** One member of my subtree: full phone (I manage their unit), role changes, and corrections. */
export default function MemberPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { data, error, loading, reload } = useLoad(() => call('member', 'getMember', { id }), [id]);
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <Detail member={data} onChanged={reload} />}
    </Screen>
  );
}

function Detail({ member, onChanged }: { member: MemberDetail; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const { busy, run } = useAction();
  const changeRole = async (role: Role) => {
    if (
      !(await confirm({
        title: '调整角色',
        content: `将${member.name}设为「${ROLE_LABELS[role]}」？`,
        confirmText: '确定',
      }))
    )
      return;
    await run(async () => {
      await call('member', 'setRole', { id: member.id, role });
      await onChanged();
    }, '已调整');
  };
  return (
    <View>
      <View className='uh-section'>
        <View className='uh-card'>
          <View className='uh-row'>
            <Text className='uh-title'>{member.name}</Text>
            <Text className={`uh-tag ${member.status === 'verified' ? 'uh-tag--ok' : 'uh-tag--warn'}`}>
              {STATUS_LABELS[member.status]}
            </Text>
          </View>
          <Line label='工号' value={member.employeeNo} />
          <Line label='手机号' value={member.phone} />
          <Line label='单位' value={member.unitTrail.join(' / ')} />
          <Line label='角色' value={ROLE_LABELS[member.role]} />
          {member.idNumber && <Line label='身份证号' value={member.idNumber} />}
          {member.verifiedAt && <Line label='认证时间' value={chinaTime(member.verifiedAt).split(' ')[0]} />}
          {member.rejectReason && <Line label='驳回原因' value={member.rejectReason} />}
        </View>
      </View>

      {member.assignableRoles.length > 0 && (
        <View className='uh-section'>
          <View className='uh-section__title'>调整角色</View>
          <View className='uh-card admin-actions admin-roles'>
            {member.assignableRoles.map((r) => (
              <Button
                key={r}
                className='uh-btn uh-btn--small uh-btn--ghost'
                disabled={busy || undefined}
                onClick={() => changeRole(r)}
              >
                设为{ROLE_LABELS[r]}
              </Button>
            ))}
          </View>
        </View>
      )}

      <View className='uh-section'>
        {editing ? (
          <EditForm
            member={member}
            onDone={(changed) => {
              setEditing(false);
              if (changed) void onChanged();
            }}
          />
        ) : (
          <Button className='uh-btn uh-btn--ghost' onClick={() => setEditing(true)}>
            更正姓名、工号或单位
          </Button>
        )}
      </View>
    </View>
  );
}

const Line = ({ label, value }: { label: string; value: string }) => (
  <View className='admin-line'>
    <Text className='uh-muted'>{label}</Text>
    <Text>{value}</Text>
  </View>
);

function EditForm({ member, onDone }: { member: MemberDetail; onDone: (changed: boolean) => void }) {
  const ctx = useLoad(() => Promise.all([call('member', 'getMe', {}), call('member', 'listUnits', {})]), [], {
    refreshOnShow: false,
  });
  const [name, setName] = useState(member.name);
  const [employeeNo, setEmployeeNo] = useState(member.employeeNo);
  const [unitId, setUnitId] = useState(member.unitId);
  const { busy, run, problem, setProblem } = useAction({ inline: true });
  const me = ctx.data?.[0].member;
  const units: UnitView[] = ctx.data?.[1].units ?? [];

  const save = async () => {
    const p = nameProblem(normaliseName(name)) ?? employeeNoProblem(normaliseEmployeeNo(employeeNo));
    if (p) return setProblem(p);
    const input = {
      id: member.id,
      ...(normaliseName(name) !== member.name ? { name } : {}),
      ...(normaliseEmployeeNo(employeeNo) !== member.employeeNo ? { employeeNo } : {}),
      ...(unitId !== member.unitId ? { unitId } : {}),
    };
    if (Object.keys(input).length === 1) return onDone(false);
    await run(async () => {
      await call('member', 'updateMember', input);
      onDone(true);
    }, '已保存');
  };

  return (
    <View className='uh-card'>
      <Field label='姓名'>
        <TextBox value={name} onChange={setName} max={20} />
      </Field>
      <Field label='工号'>
        <TextBox value={employeeNo} onChange={setEmployeeNo} max={20} />
      </Field>
      <Field label='单位'>
        {me ? (
          <UnitPicker
            units={units}
            value={unitId}
            rootId={me.role === 'admin' ? null : me.unitId}
            onChange={setUnitId}
          />
        ) : (
          <Text className='uh-muted'>加载中…</Text>
        )}
      </Field>
      {problem && <View className='uh-field__error'>{problem}</View>}
      <View className='admin-actions'>
        <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={() => onDone(false)}>
          取消
        </Button>
        <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={save}>
          保存
        </Button>
      </View>
    </View>
  );
}
