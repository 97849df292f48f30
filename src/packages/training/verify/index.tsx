import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VerifiedCertificate } from '@domain/contract/training-model';
import { chinaDate } from '@domain/rules/china-time';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { call } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import '../training.scss';

/** 证书查验: anyone types a certificate's code and sees what it certifies (the name masked). */
export default function VerifyCertificate() {
  const [code, setCode] = useState(useParam('trainingVerify', 'code'));
  const [result, setResult] = useState<VerifiedCertificate>();
  const { busy, run, problem } = useAction({ inline: true });

  const check = () =>
    run(async () => {
      setResult(undefined);
      setResult(await call('training', 'verifyCertificate', { code: code.trim() }));
    });

  return (
    <Screen>
      <View className='uh-section uh-card'>
        <View className='uh-card__title'>输入证书上的验证编号</View>
        <TextBox
          className='training-verify__input'
          value={code}
          onChange={setCode}
          max={12}
          placeholder='例如 ABCD-2345'
        />
        <Button className='uh-btn' disabled={busy || code.trim().length < 8 || undefined} onClick={() => void check()}>
          查验
        </Button>
        {problem && <View className='uh-danger'>{problem}</View>}
      </View>
      {result && (
        <View className='uh-section uh-card training-verify__result'>
          <View className='uh-tag uh-tag--ok'>证书有效</View>
          <View className='training-verify__code'>{result.code}</View>
          <View>
            {result.maskedName} · {result.unitName}
          </View>
          <View>
            {result.year}年度累计 <Text className='training-verify__total'>{hoursText(result.total)}</Text> 学时
            {result.completed ? '，已完成年度培训计划' : ''}
          </View>
          {STUDY_SUBJECTS.map((s) => (
            <View key={s} className='uh-card__meta'>
              {STUDY_SUBJECT_LABELS[s]} {hoursText(result.hours[s])} 学时
            </View>
          ))}
          <View className='uh-card__meta'>
            {result.unionName} · {chinaDate(result.issuedAt)}签发
          </View>
        </View>
      )}
    </Screen>
  );
}
