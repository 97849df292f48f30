import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VoiceSettingsView } from '@domain/contract/voice-model';
import { PROMISE_DAYS } from '@domain/rules/voice-promise';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { TextBox } from '../../../components/Form';
import '../admin.scss';

/** My union's promised working days for a first reply, and the saved reply templates. */
export default function VoiceSettings() {
  const { data: s, error, loading, reload, setData: setS } = useLoad(() => call('voice', 'getSettings', {}));
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const { run } = useAction();

  /** Each change answers with the settings as saved; `then` runs only after a success. */
  const save = (step: () => Promise<VoiceSettingsView>, done: string, then?: () => void) =>
    run(async () => {
      setS(await step());
      then?.();
    }, done);

  return (
    <Screen loading={loading && !s} error={error && messageOf(error)} onRetry={reload}>
      {s && (
        <View className='uh-section'>
          <View className='uh-card'>
            <View className='uh-card__title'>{s.unitName}的答复承诺</View>
            <View className='uh-row'>
              <Button
                className='uh-btn uh-btn--small uh-btn--ghost'
                disabled={s.promiseDays <= PROMISE_DAYS.min || undefined}
                onClick={() =>
                  void save(() => call('voice', 'saveSettings', { promiseDays: s.promiseDays - 1 }), '已保存')
                }
              >
                －
              </Button>
              <Text className='uh-big'>{s.promiseDays}个工作日</Text>
              <Button
                className='uh-btn uh-btn--small uh-btn--ghost'
                disabled={s.promiseDays >= PROMISE_DAYS.max || undefined}
                onClick={() =>
                  void save(() => call('voice', 'saveSettings', { promiseDays: s.promiseDays + 1 }), '已保存')
                }
              >
                ＋
              </Button>
            </View>
            <View className='uh-muted'>
              对新提交的诉求生效；超时未首次答复的，转上级工会督办。节假日按国家法定安排计算。
            </View>
          </View>
          <View className='uh-card'>
            <View className='uh-card__title'>回复模板</View>
            {s.templates.map((t) => (
              <View key={t.id} className='voice-admin-question'>
                <View className='uh-row'>
                  <Text className='voice-parts__timeline-label'>{t.title}</Text>
                  <View className='voice-admin-buttons'>
                    <Text
                      className='voice-admin-tab'
                      onClick={() => (setEditing(t.id), setTitle(t.title), setText(t.text))}
                    >
                      修改
                    </Text>
                    <Text
                      className='voice-admin-tab'
                      onClick={() => void save(() => call('voice', 'removeTemplate', { id: t.id }), '已删除')}
                    >
                      删除
                    </Text>
                  </View>
                </View>
                <View className='uh-muted'>{t.text}</View>
              </View>
            ))}
            <TextBox value={title} onChange={setTitle} max={20} placeholder='模板名称，如“感谢建议”' />
            <TextBox value={text} onChange={setText} max={1000} placeholder='模板内容' multiline />
            <Button
              className='uh-btn'
              disabled={!title.trim() || !text.trim() || undefined}
              onClick={() =>
                void save(
                  () => call('voice', 'saveTemplate', { id: editing, title: title.trim(), text: text.trim() }),
                  '已保存',
                  () => {
                    setEditing(undefined);
                    setTitle('');
                    setText('');
                  },
                )
              }
            >
              {editing ? '保存修改' : '添加模板'}
            </Button>
          </View>
        </View>
      )}
    </Screen>
  );
}
