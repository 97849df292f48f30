import { Button, Text, View } from '@tarojs/components';
import { FIELD_TYPES, FIELD_TYPE_LABELS } from '@domain/contract/event-model';
import { MAX_FIELDS, MAX_OPTIONS } from '@domain/rules/event-form';
import { nextFieldId, type EditField } from './form';
import { TextBox, Toggle } from '../../../components/Form';

export interface FieldsEditorProps {
  fields: EditField[];
  onChange: (fields: EditField[]) => void;
  /** Published events keep their form: registrations were made with it. */
  locked: boolean;
}

/** The custom sign-up questions: name, type, required, options for single choice, a hint. */
export function FieldsEditor({ fields, onChange, locked }: FieldsEditorProps) {
  const patch = (i: number, p: Partial<EditField>) => onChange(fields.map((f, j) => (j === i ? { ...f, ...p } : f)));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= fields.length) return;
    const next = [...fields];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
  };
  return (
    <View className='event-admin-edit__fields'>
      {fields.length === 0 && (
        <View className='uh-muted'>无需填写信息（可添加姓名以外的问题，如尺码、子女姓名、证明图片）</View>
      )}
      {fields.map((f, i) => (
        <View key={f.id} className='event-admin-edit__field'>
          <TextBox
            value={f.label}
            onChange={(v) => patch(i, { label: v })}
            max={30}
            placeholder='问题名称，如：衣服尺码'
            disabled={locked}
          />
          <View className='event-admin-edit__chips'>
            {FIELD_TYPES.map((t) => (
              <Text
                key={t}
                className={`event-admin-edit__chip ${f.type === t ? 'event-admin-edit__chip--on' : ''}`}
                onClick={() => !locked && patch(i, { type: t })}
              >
                {FIELD_TYPE_LABELS[t]}
              </Text>
            ))}
          </View>
          {f.type === 'choice' && (
            <TextBox
              multiline
              placeholder='选项，每行一个'
              value={f.options}
              disabled={locked}
              onChange={(options) => patch(i, { options })}
              // Room for every option at its longest, one a line: WeChat's default of 140 would cut a list short.
              max={MAX_OPTIONS * 31}
            />
          )}
          <TextBox
            value={f.hint}
            onChange={(v) => patch(i, { hint: v })}
            max={60}
            placeholder='填写提示（选填）'
            disabled={locked}
          />
          <View className='uh-row'>
            <View className='uh-row'>
              <Text>必填</Text>
              <Toggle checked={f.required} disabled={locked} onChange={(on) => patch(i, { required: on })} />
            </View>
            {!locked && (
              <View className='uh-row'>
                <Text className='event-admin-edit__link' onClick={() => move(i, -1)}>
                  上移
                </Text>
                <Text className='event-admin-edit__link' onClick={() => move(i, 1)}>
                  下移
                </Text>
                <Text
                  className='event-admin-edit__link uh-danger'
                  onClick={() => onChange(fields.filter((_, j) => j !== i))}
                >
                  删除
                </Text>
              </View>
            )}
          </View>
        </View>
      ))}
      {!locked && fields.length < MAX_FIELDS && (
        <Button
          className='uh-btn uh-btn--ghost uh-btn--small'
          onClick={() =>
            onChange([
              ...fields,
              { id: nextFieldId(fields), label: '', type: 'text', required: true, options: '', hint: '' },
            ])
          }
        >
          添加问题
        </Button>
      )}
    </View>
  );
}
