import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { encodeQr } from '../qr/encode';
import './qr-view.scss';

export interface QrViewProps {
  /** The text the code carries. */
  text: string;
}

/** Light modules around the symbol, as the standard asks, so a camera finds its edges. */
const QUIET = 4;

interface Run {
  x: number;
  y: number;
  length: number;
}

/** Each row's dark modules joined into runs: a few hundred Views instead of thousands. */
function runsOf(modules: boolean[][]): Run[] {
  const runs: Run[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      runs.push({ x: start, y, length: x - start });
    }
  });
  return runs;
}

/**
 * A QR code drawn with Views positioned in percent of a square box: the same on WeChat and H5,
 * with no canvas and no image to load, so it shows offline.
 */
export function QrView({ text }: QrViewProps) {
  const { runs, span, version } = useMemo(() => {
    const qr = encodeQr(text);
    return { runs: runsOf(qr.modules), span: qr.size + 2 * QUIET, version: qr.version };
  }, [text]);
  const pct = (n: number) => `${((n * 100) / span).toFixed(3)}%`;
  return (
    <View className='checkin-code__qr' data-version={version}>
      {runs.map((r) => (
        // A sliver of overlap keeps rows from showing hairline gaps when scaled.
        <View
          key={`${r.y}-${r.x}`}
          className='checkin-code__qr-run'
          style={{ left: pct(r.x + QUIET), top: pct(r.y + QUIET), width: pct(r.length), height: pct(1.04) }}
        />
      ))}
    </View>
  );
}
