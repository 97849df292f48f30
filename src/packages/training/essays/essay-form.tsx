import { Button, Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ESSAY_LIMITS } from '@domain/contract/training-model';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, type StudySubject } from '@domain/rules/training-subjects';
import { call } from '../../../api';
import { pickImages } from '../../../api/pick-image';
import { uploadToCloud } from '../../../api/upload';
import { TextBox, Toggle } from '../../../components/Form';
import { useAction } from '../../../hooks/useAction';
import { say } from '../../../ui/confirm';

export interface EssayFormProps {
  /** Called after a 心得 is handed in. */
  onSubmitted: () => void;
}

/** The 心得 / 经验总结 form: title, subject, text, up to nine photos, and whether to share it with the unit. */
export function EssayForm({ onSubmitted }: EssayFormProps) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [subject, setSubject] = useState<StudySubject>('business');
  const [images, setImages] = useState<{ fileID: string; preview: string }[]>([]);
  const [share, setShare] = useState(true);
  // One flag for both: a 心得 is not handed in while its photos are still uploading.
  const { busy, run } = useAction();
  const length = [...text.trim()].length;

  const addImage = async () => {
    const picked = await pickImages(ESSAY_LIMITS.images - images.length);
    if (picked.length === 0) return; // The member closed the picker.
    await run(async () => {
      for (const { path, file, ext } of picked) {
        const fileID = await uploadToCloud('essay', ext, file ? { file } : { filePath: path });
        setImages((all) => [...all, { fileID, preview: path }]);
      }
    });
  };

  const submit = async () => {
    if (!title.trim() || length < ESSAY_LIMITS.minText) {
      say(!title.trim() ? '请填写标题' : `心得至少${ESSAY_LIMITS.minText}字`);
      return;
    }
    await run(async () => {
      await call('training', 'submitEssay', { title, text, subject, images: images.map((i) => i.fileID), share });
      setTitle('');
      setText('');
      setImages([]);
      onSubmitted();
    }, '已提交，等待审核');
  };

  return (
    <View className='uh-section uh-card training-essays__essay-form'>
      <View className='uh-card__title'>写心得体会</View>
      <View className='uh-field'>
        <TextBox value={title} onChange={setTitle} max={ESSAY_LIMITS.title} placeholder='标题' />
      </View>
      <View className='uh-field training-chips'>
        {STUDY_SUBJECTS.map((s) => (
          <Text
            key={s}
            className={`training-chip ${s === subject ? 'training-chip--on' : ''}`}
            onClick={() => setSubject(s)}
          >
            {STUDY_SUBJECT_LABELS[s]}
          </Text>
        ))}
      </View>
      <View className='uh-field'>
        <TextBox
          className='uh-textarea--tall'
          value={text}
          onChange={setText}
          max={ESSAY_LIMITS.text}
          placeholder={`学习体会、工作交流或经验总结，至少${ESSAY_LIMITS.minText}字`}
          multiline
        />
        <View className='uh-card__meta'>{length} 字</View>
      </View>
      <View className='training-thumbs'>
        {images.map((i) => (
          <Image key={i.fileID} className='training-thumb' src={i.preview} mode='aspectFill' />
        ))}
        {images.length < ESSAY_LIMITS.images && (
          <Button
            className='uh-btn uh-btn--ghost uh-btn--small'
            disabled={busy || undefined}
            onClick={() => void addImage()}
          >
            添加图片
          </Button>
        )}
      </View>
      <View className='uh-row uh-field'>
        <Text>审核通过后在本单位“工作交流”中展示</Text>
        <Toggle checked={share} onChange={setShare} />
      </View>
      <Button className='uh-btn' disabled={busy || undefined} onClick={() => void submit()}>
        提交审核
      </Button>
    </View>
  );
}
