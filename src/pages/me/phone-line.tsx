import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SelfView } from '@domain/contract/member';
import { normalisePhone, phoneProblem } from '@domain/rules/member-fields';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { useAction } from '../../hooks/useAction';
import { TextBox } from '../../components/Form';

/** The phone is the one field a member edits themself. */
export function PhoneLine({
  member,
  onChange,
  editable,
}: {
  member: SelfView;
  onChange: (m: SelfView) => void;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(member.phone);
  const { busy, run, problem, setProblem } = useAction({ inline: true });
  const save = async () => {
    const phone = normalisePhone(value);
    const p = phoneProblem(phone);
    setProblem(p ?? '');
    if (p) return;
    await run(async () => {
      onChange(await call('member', 'updateProfile', { phone }));
      setEditing(false);
    }, '手机号已保存');
  };
  if (!editing) {
    return (
      <View className='me__line'>
        <Text className='uh-muted'>手机号</Text>
        <View className='me__phone-view'>
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
      <TextBox value={value} onChange={setValue} max={11} type='number' />
      {problem && <Text className='uh-field__error'>{problem}</Text>}
      <View className='uh-row me__phone-actions'>
        <Button variant='ghost' size='small' onClick={() => setEditing(false)}>
          取消
        </Button>
        <Button size='small' busy={busy} busyText='保存中…' onClick={save}>
          保存
        </Button>
      </View>
    </View>
  );
}
