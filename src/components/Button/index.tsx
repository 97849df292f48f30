import { Button as TaroButton } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Icon, type IconName, type IconTone } from '../Icon';

export type ButtonVariant = 'primary' | 'ghost' | 'danger' | 'plain';
export type ButtonSize = 'normal' | 'small';

export interface ButtonProps {
  children: ReactNode;
  onClick?: () => void;
  /** primary = the page's main action; danger = destructive (confirm it too). @default 'primary' */
  variant?: ButtonVariant;
  /** @default 'normal' */
  size?: ButtonSize;
  /** Inert: shown grey, and taps do nothing (on H5 a disabled Taro Button still fires onClick). @default false */
  disabled?: boolean;
  /** Working: inert, and the label says so. @default false */
  busy?: boolean;
  /** What the label says while busy. @default '请稍候…' */
  busyText?: string;
  icon?: IconName;
  className?: string;
}

const ICON_TONE: Record<ButtonVariant, IconTone> = {
  primary: 'white',
  ghost: 'primary',
  danger: 'danger',
  plain: 'primary',
};

/**
 * The one button: variants, busy state, and truly inert when off. Taro H5 writes disabled={false}
 * as the attribute disabled="false" (which [disabled] styles match), so `disabled` is only ever
 * passed as true, and the tap handler is dropped rather than trusted to the attribute.
 */
export function Button({
  children,
  onClick,
  variant = 'primary',
  size = 'normal',
  disabled = false,
  busy = false,
  busyText = '请稍候…',
  icon,
  className = '',
}: ButtonProps) {
  const off = disabled || busy;
  const classes = [
    'uh-btn',
    variant !== 'primary' ? `uh-btn--${variant}` : '',
    size === 'small' ? 'uh-btn--small' : '',
    off ? 'uh-btn--off' : '',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <TaroButton
      className={classes}
      {...(off ? { disabled: true } : {})}
      onClick={(e) => {
        // A button's tap is its own: a button on a tappable card must not open the card as well.
        e.stopPropagation();
        if (!off) onClick?.();
      }}
    >
      {icon && !busy && (
        <Icon name={icon} tone={off ? 'muted' : ICON_TONE[variant]} size={size === 'small' ? 'sm' : 'md'} />
      )}
      {busy ? busyText : children}
    </TaroButton>
  );
}
