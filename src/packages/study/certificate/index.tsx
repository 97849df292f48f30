import { Button, Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { Certificate } from '@domain/contract/quiz-admin-model';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { score } from '../../../utils/quiz-format';
import { H, W, drawCertificate, type Ctx2D } from './draw';
import { useParam } from '../../../navigation';
import './index.scss';

const CANVAS_ID = 'uh-certificate';

/**
 * My certificate for a paper I passed: drawn on a canvas and saved as an image (to the photo album
 * on WeChat, as a PNG download on H5).
 */
export default function CertificatePage() {
  const paperId = useParam('certificate', 'paperId');
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'certificate', { paperId }), [paperId], { refreshOnShow: false });
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <CertificateView cert={data} />}
    </Screen>
  );
}

function CertificateView({ cert }: { cert: Certificate }) {
  const [png, setPng] = useState<string>();
  const node = useRef<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      drawCertificate(ctx, cert);
      setPng(canvas.toDataURL('image/png'));
      return;
    }
    // WeChat: the 2d canvas node appears after the first render.
    setTimeout(() => {
      Taro.createSelectorQuery()
        .select(`#${CANVAS_ID}`)
        .fields({ node: true, size: true })
        .exec((res: { node?: { width: number; height: number; getContext(type: '2d'): Ctx2D } }[]) => {
          const canvas = res?.[0]?.node;
          if (!canvas) return;
          canvas.width = W;
          canvas.height = H;
          drawCertificate(canvas.getContext('2d'), cert);
          node.current = canvas;
        });
    }, 50);
  }, [cert]);

  const save = async () => {
    if (process.env.TARO_ENV === 'h5') {
      if (!png) return;
      const a = document.createElement('a');
      a.href = png;
      a.download = `合格证书-${cert.paperTitle}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      return;
    }
    setSaving(true);
    try {
      const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: node.current as never, fileType: 'png', destWidth: W * 2, destHeight: H * 2 } as Taro.canvasToTempFilePath.Option);
      await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
      void Taro.showToast({ title: '已保存到相册', icon: 'success' });
    } catch {
      // Usually the album permission was refused: say where to turn it on.
      void Taro.showModal({ title: '未能保存', content: '请在右上角“…”→“设置”中允许保存到相册后重试。', showCancel: false });
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className='uh-section cert'>
      <View className='cert__frame'>
        {process.env.TARO_ENV === 'h5' ? (
          // A plain <img>: the browser sizes it by its own proportions, and long-press saves it.
          png && <img className='cert__image' src={png} alt='合格证书' />
        ) : (
          <Canvas type='2d' id={CANVAS_ID} className='cert__canvas' />
        )}
      </View>
      <View className='uh-card cert__facts'>
        <View>
          {cert.memberName} · {cert.unitName}
        </View>
        <View>
          {cert.paperTitle}：{score(cert.score)} / {score(cert.maxScore)} 分
        </View>
        <View className='uh-muted'>
          {cert.unionName} · 证书编号 {cert.serial}
        </View>
      </View>
      <Button className='uh-btn' disabled={saving || undefined} onClick={save}>
        {process.env.TARO_ENV === 'h5' ? '下载证书图片' : '保存到相册'}
      </Button>
    </View>
  );
}
