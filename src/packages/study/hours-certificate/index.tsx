import { View } from '@tarojs/components';
import { useCallback } from 'react';
import type { CertificateView } from '@domain/contract/training-model';
import { chinaYear } from '@domain/rules/china-time';
import { hoursText } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { CertificateCanvas } from '../certificate/certificate-canvas';
import type { Ctx2D } from '../certificate/draw';
import { drawHoursCertificate } from './draw-hours';
import './index.scss';

/** My certificate of study hours for a year, with the code anyone can check. */
export default function HoursCertificatePage() {
  const asked = Number(useParam('hoursCertificate', 'year'));
  const year = Number.isInteger(asked) && asked > 2000 ? asked : chinaYear(Date.now());
  const { data, error, loading, reload } = useLoad(() => call('training', 'getCertificate', { year }), [year], {
    refreshOnShow: false,
  });
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <HoursView cert={data} />}
    </Screen>
  );
}

function HoursView({ cert }: { cert: CertificateView }) {
  const paint = useCallback((ctx: Ctx2D) => drawHoursCertificate(ctx, cert), [cert]);
  return (
    <CertificateCanvas paint={paint} fileName={`学时证明-${cert.year}.png`} alt='学时证明'>
      <View>
        {cert.memberName} · {cert.unitName}
      </View>
      <View>
        {cert.year}年度累计 {hoursText(cert.total)} 学时{cert.completed ? ' · 已完成年度计划' : ''}
      </View>
      <View className='study-hours-certificate__code'>验证编号 {cert.code}</View>
      <View className='uh-muted'>凭编号可在“证书查验”中核对姓名（隐去部分）、单位和学时。</View>
    </CertificateCanvas>
  );
}
