import { View } from '@tarojs/components';
import { useCallback } from 'react';
import type { Certificate } from '@domain/contract/quiz-admin-model';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { score } from '../../../utils/quiz-format';
import { useParam } from '../../../navigation';
import { CertificateCanvas } from './certificate-canvas';
import { drawCertificate, type Ctx2D } from './draw';

/** My certificate for a paper I passed. */
export default function CertificatePage() {
  const paperId = useParam('certificate', 'paperId');
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'getCertificate', { paperId }), [paperId], {
    refreshOnShow: false,
  });
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <CertificateView cert={data} />}
    </Screen>
  );
}

function CertificateView({ cert }: { cert: Certificate }) {
  const paint = useCallback((ctx: Ctx2D) => drawCertificate(ctx, cert), [cert]);
  return (
    <CertificateCanvas paint={paint} fileName={`合格证书-${cert.paperTitle}.png`} alt='合格证书'>
      <View>
        {cert.memberName} · {cert.unitName}
      </View>
      <View>
        {cert.paperTitle}：{score(cert.score)} / {score(cert.maxScore)} 分
      </View>
      <View className='uh-muted'>
        {cert.unionName} · 证书编号 {cert.serial}
      </View>
    </CertificateCanvas>
  );
}
