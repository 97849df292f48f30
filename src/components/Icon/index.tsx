import { View } from '@tarojs/components';
import { glyphUri, type IconName } from './glyphs';
import './index.scss';

export type { IconName } from './glyphs';

/** The palette's text colours (app.scss), as literal values: a data URI cannot read a CSS variable. */
const TONES = {
  primary: '#c8231e',
  text: '#2b2622',
  muted: '#5f5751',
  ok: '#1b6e20',
  warn: '#7a5200',
  danger: '#b71c1c',
  white: '#ffffff',
} as const;
export type IconTone = keyof typeof TONES;

export interface IconProps {
  name: IconName;
  /** @default 'muted' */
  tone?: IconTone;
  /** sm follows secondary text, md body text, lg a title or a tile. @default 'sm' */
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

const cache = new Map<string, string>();
const uriOf = (name: IconName, tone: IconTone) => {
  const key = `${name}:${tone}`;
  let uri = cache.get(key);
  if (!uri) cache.set(key, (uri = `url("${glyphUri(name, TONES[tone])}")`));
  return uri;
};

/** A small outline icon beside text; decorative (the text beside it says what it means). */
export function Icon({ name, tone = 'muted', size = 'sm', className = '' }: IconProps) {
  return <View className={`uh-icon uh-icon--${size} ${className}`} style={{ backgroundImage: uriOf(name, tone) }} />;
}
