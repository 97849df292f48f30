import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export interface TextBoxProps {
  value: string;
  /** The whole text after each keystroke. */
  onChange: (value: string) => void;
  /** Most characters taken. Always set it: WeChat's own default (140) cuts longer text without a word. */
  max: number;
  placeholder?: string;
  /** A box of several lines (a reason, a reply, an essay) instead of one line. @default false */
  multiline?: boolean;
  /** The phone keyboard to raise; `digit` for hours and counts. @default 'text' */
  type?: 'text' | 'digit' | 'number';
  /** Added to the standard look (`uh-input`, or `uh-textarea` when multiline): a page's class to size or place a box. */
  className?: string;
  disabled?: boolean;
  /** A search box: the keyboard's key says 搜索 and runs this (the page shows a 搜索 button too). */
  onSearch?: () => void;
  /** multiline only: the box grows with its text instead of scrolling inside a fixed height. */
  grow?: boolean;
}

/**
 * The one text box. Taro's `Input` and `Textarea` hand back an event whose text sits in
 * `detail.value`; every form wants only the text. `disabled` is passed only as true, because Taro
 * H5 writes `disabled={false}` as an attribute that `[disabled]` styles still match.
 */
export function TextBox(props: TextBoxProps) {
  const { value, onChange, max, placeholder, multiline, type, className, disabled, onSearch, grow } = props;
  const common = {
    className: [multiline ? 'uh-textarea' : 'uh-input', className].filter(Boolean).join(' '),
    value,
    maxlength: max,
    placeholder,
    disabled: disabled || undefined,
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
  };
  if (multiline) return <Textarea {...common} autoHeight={grow || undefined} />;
  return (
    <Input
      {...common}
      type={type ?? 'text'}
      confirmType={onSearch ? 'search' : 'done'}
      onConfirm={() => onSearch?.()}
    />
  );
}

/** A form row: its label above, its control (a text box, chips, a picker) below. */
export function Field({ label, children, className }: { label: ReactNode; children: ReactNode; className?: string }) {
  return (
    <View className={className ? `uh-field ${className}` : 'uh-field'}>
      <Text className='uh-field__label'>{label}</Text>
      {children}
    </View>
  );
}

/** The one on/off switch, in the union's red, handing back only the new state. */
export function Toggle(props: {
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <Switch
      className={props.className}
      color='#c8231e'
      checked={props.checked}
      disabled={props.disabled || undefined}
      onChange={(e) => props.onChange(e.detail.value)}
    />
  );
}
