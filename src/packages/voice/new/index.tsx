import { Button, Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  VOICE_CATEGORIES,
  VOICE_KINDS,
  VOICE_KIND_LABELS,
  VOICE_LIMITS,
  type VoiceCategory,
  type VoiceKind,
} from '@domain/rules/voice-request';
import { call, messageOf } from '../../../api';
import { pickImage } from '../../../api/pick-image';
import { uploadToPath } from '../../../api/upload';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { Chips, optionsOf } from '../../../components/Chips';
import { VOICE_CHIPS } from '../../../components/VoiceParts';
import { replaceWith } from '../../../navigation';
import { TextBox, Toggle } from '../../../components/Form';
import '../../../components/VoiceParts/index.scss';

interface Picked {
  fileID: string;
  preview: string;
}

/**
 * 我要反映: a request to my grassroots union, named or anonymous, with up to three photos. The draft
 * (from the server) makes a retried submit harmless and gives the photos their own folder.
 */
export default function NewRequest() {
  const {
    data: draft,
    error,
    loading,
    reload,
  } = useLoad(() => call('voice', 'getDraft', {}), [], { refreshOnShow: false });
  const [kind, setKind] = useState<VoiceKind>('appeal');
  const [category, setCategory] = useState<VoiceCategory>('其他');
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [images, setImages] = useState<Picked[]>([]);
  // A refused text keeps what was typed, so the writer only changes the words at fault.
  const { busy, run, problem, setProblem } = useAction({ inline: true });
  /** A photo's upload: a failure is a toast, the text's problem line stays for the text. */
  const upload = useAction();

  const addImage = async () => {
    // One photo at a time: a tap while one uploads does not open the picker.
    if (!draft || upload.busy || images.length >= VOICE_LIMITS.images) return;
    const picked = await pickImage();
    if (!picked) return; // The member closed the picker.
    const { path, file, ext } = picked;
    await upload.run(async () => {
      const fileID = await uploadToPath(
        `${draft.uploadFolder}/${Date.now()}.${ext}`,
        process.env.TARO_ENV === 'h5' && file ? { file } : { filePath: path },
      );
      setImages((list) => [...list, { fileID, preview: path }]);
    });
  };

  const submit = async () => {
    if (!draft) return;
    if (!text.trim()) {
      setProblem('请写下您想反映的内容');
      return;
    }
    await run(async () => {
      const r = await call('voice', 'submit', {
        clientId: draft.clientId,
        kind,
        category,
        text: text.trim(),
        images: images.map((i) => i.fileID),
        anonymous,
      });
      replaceWith('voiceDetail', { id: r.id, new: '1' });
    });
  };

  return (
    <Screen loading={loading && !draft} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section voice-new'>
        <View className='uh-card'>
          <Text className='uh-field__label'>反映类型</Text>
          <Chips
            options={optionsOf(VOICE_KINDS, VOICE_KIND_LABELS)}
            isOn={(k) => k === kind}
            onTap={setKind}
            skin={VOICE_CHIPS}
          />
          <Text className='uh-field__label'>涉及方面</Text>
          <Chips
            options={VOICE_CATEGORIES.map((c) => ({ id: c, name: c }))}
            isOn={(c) => c === category}
            onTap={setCategory}
            skin={VOICE_CHIPS}
          />
        </View>
        <View className='uh-card'>
          <TextBox
            className='uh-textarea--tall voice-new__text'
            value={text}
            onChange={setText}
            max={VOICE_LIMITS.text}
            placeholder='请写下您遇到的问题、想法或需要的帮助'
            multiline
          />
          <View className='uh-muted voice-parts__count'>
            {[...text].length}/{VOICE_LIMITS.text}
          </View>
          <View className='voice-parts__images'>
            {images.map((img, i) => (
              <View
                key={img.fileID}
                className='voice-parts__image'
                onClick={() => setImages((list) => list.filter((_, k) => k !== i))}
              >
                <Image className='voice-parts__image-img' src={img.preview} mode='aspectFill' />
                <Text className='voice-parts__image-state'>点击移除</Text>
              </View>
            ))}
            {images.length < VOICE_LIMITS.images && (
              <View className='voice-parts__image voice-parts__image--add' onClick={() => void addImage()}>
                +
              </View>
            )}
          </View>
          <View className='uh-muted voice-parts__note'>
            可添加{VOICE_LIMITS.images}张照片；文字和照片会经过微信内容安全检测。
          </View>
        </View>
        <View className='uh-card'>
          <View className='voice-parts__switch'>
            <Text>匿名反映</Text>
            <Toggle className='voice-new__anonymous' checked={anonymous} onChange={setAnonymous} />
          </View>
          <View className='uh-muted voice-parts__note'>
            {anonymous
              ? '匿名后，工会工作人员在任何页面和导出中都看不到您是谁；您仍会收到答复，也可以评价。'
              : '实名反映便于工会工作人员与您联系。'}
          </View>
        </View>
        {draft && (
          <View className='uh-muted voice-parts__promise'>
            提交后由{draft.unitName}受理，承诺{draft.promiseDays}个工作日内首次答复；超时未答复将转上级工会督办。
          </View>
        )}
        {problem && <View className='voice-parts__error'>{problem}</View>}
        <Button className='uh-btn voice-new__submit' disabled={busy || undefined} onClick={() => void submit()}>
          {busy ? '正在提交…' : '提交'}
        </Button>
      </View>
    </Screen>
  );
}
