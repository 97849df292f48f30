import { Button, Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../../../api';
import { useAction } from '../../../hooks/useAction';
import { H, W, type Ctx2D } from './draw';
import './index.scss';

const CANVAS_ID = 'uh-certificate';

export interface CertificateCanvasProps {
  /** Paints the certificate on a W × H canvas; called again when it changes identity. */
  paint: (ctx: Ctx2D) => void;
  /** The download's name on H5, e.g. `合格证书-工会法.png`. */
  fileName: string;
  /** What the image shows, for screen readers. */
  alt: string;
  /** Facts shown under the image. */
  children?: ReactNode;
}

/**
 * A certificate drawn on a canvas and saved as an image (to the photo album on WeChat, as a PNG
 * download on H5): the one place that knows both platforms' canvas and saving quirks.
 */
export function CertificateCanvas({ paint, fileName, alt, children }: CertificateCanvasProps) {
  const [png, setPng] = useState<string>();
  const node = useRef<unknown>(null);
  const { busy: saving, run } = useAction({ dialog: '未能保存' });

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      paint(ctx);
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
          paint(canvas.getContext('2d'));
          node.current = canvas;
        });
    }, 50);
  }, [paint]);

  const save = async () => {
    if (process.env.TARO_ENV === 'h5') {
      if (!png) return;
      const a = document.createElement('a');
      a.href = png;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      return;
    }
    await run(async () => {
      try {
        const { tempFilePath } = await Taro.canvasToTempFilePath({
          canvas: node.current as never,
          fileType: 'png',
          destWidth: W * 2,
          destHeight: H * 2,
        } as Taro.canvasToTempFilePath.Option);
        await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
      } catch {
        // Usually the album permission was refused: say where to turn it on.
        throw new ApiError({ code: 'FORBIDDEN', message: '请在右上角“…”→“设置”中允许保存到相册后重试。' });
      }
    }, '已保存到相册');
  };

  return (
    <View className='uh-section study-certificate'>
      <View className='study-certificate__frame'>
        {process.env.TARO_ENV === 'h5' ? (
          // A plain <img>: the browser sizes it by its own proportions, and long-press saves it.
          png && <img className='study-certificate__image' src={png} alt={alt} />
        ) : (
          <Canvas type='2d' id={CANVAS_ID} className='study-certificate__canvas' />
        )}
      </View>
      <View className='uh-card study-certificate__facts'>{children}</View>
      <Button className='uh-btn' disabled={saving || undefined} onClick={save}>
        {process.env.TARO_ENV === 'h5' ? '下载证书图片' : '保存到相册'}
      </Button>
    </View>
  );
}
