import { Button, Input, Switch, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

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

export interface SearchBarProps {
  value: string;
  onChange: (value: string) => void;
  /** Runs on the 搜索 button and on the keyboard's search key alike. */
  onSearch: () => void;
  placeholder: string;
  max: number;
  /** An outlined button, for a search inside a form whose main button is filled. @default false */
  ghost?: boolean;
}

/** A search box with its 搜索 button on one row: the box takes the room the button leaves. */
export function SearchBar({ value, onChange, onSearch, placeholder, max, ghost }: SearchBarProps) {
  return (
    <View className='uh-search'>
      <TextBox
        className='uh-search__input'
        value={value}
        placeholder={placeholder}
        max={max}
        onChange={onChange}
        onSearch={onSearch}
      />
      <Button className={`uh-btn uh-btn--small uh-search__btn${ghost ? ' uh-btn--ghost' : ''}`} onClick={onSearch}>
        搜索
      </Button>
    </View>
  );
}
