import { Picker, View } from '@tarojs/components';
import type { NoticeLinkView } from '@domain/contract/notice';
import { Field } from '../../../components/Form';

export interface LinkFieldProps {
  /** Events and papers the whole audience of this notice can open. */
  targets: NoticeLinkView[];
  link: NoticeLinkView | null;
  onChange: (link: NoticeLinkView | null) => void;
}

/** 关联活动或考试: the card under the notice that opens the event or the paper. */
export function LinkField({ targets, link, onChange }: LinkFieldProps) {
  const options = ['不关联', ...targets.map((t) => `${t.kind === 'event' ? '活动' : '考试'}：${t.title}`)];
  const index = link ? 1 + targets.findIndex((t) => t.kind === link.kind && t.id === link.id) : 0;
  return (
    <Field label='关联活动或考试'>
      <Picker
        mode='selector'
        range={options}
        value={Math.max(0, index)}
        onChange={(e) => {
          const i = Number(e.detail.value);
          onChange(i === 0 ? null : (targets[i - 1] ?? null));
        }}
      >
        <View className='uh-input notice-admin-compose__picker'>{options[Math.max(0, index)]}</View>
      </Picker>
    </Field>
  );
}
