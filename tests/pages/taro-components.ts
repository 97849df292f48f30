/**
 * @tarojs/components for jsdom page tests: Taro's own H5 React components where they exist
 * (mapping the package index fails on a circular import — docs/toolchain.md), and plain elements with the
 * same props for the few that exist only as web components.
 */
import { createElement, type ReactNode } from 'react';

export { default as View } from '@tarojs/components-react/dist/components/view/index.js';
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js';
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js';
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js';
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js';
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js';
export { default as Icon } from '@tarojs/components-react/dist/components/icon/index.js';

type AnyProps = Record<string, unknown> & { children?: ReactNode; className?: string };

/** A stand-in that renders a tagged element and forwards clicks and values as Taro events do. */
function plain(tag: string) {
  return function Plain(props: AnyProps) {
    const { children, className, onClick, onChange, onInput, value, checked, ...rest } = props;
    const dataAttrs = Object.fromEntries(Object.entries(rest).filter(([k]) => k.startsWith('data-') || k === 'id'));
    return createElement(
      tag,
      {
        className,
        ...dataAttrs,
        'data-value': typeof value === 'string' || typeof value === 'number' ? String(value) : undefined,
        'data-checked': checked === undefined ? undefined : String(checked),
        onClick: (e: Event) => {
          (onClick as ((e: unknown) => void) | undefined)?.(e);
          if (tag === 'taro-switch' && onChange) (onChange as (e: unknown) => void)({ detail: { value: !checked } });
        },
        onInput: onInput
          ? (e: { target: { value: string } }) =>
              (onInput as (e: unknown) => void)({ detail: { value: e.target.value } })
          : undefined,
      },
      children as ReactNode,
    );
  };
}

export const Switch = plain('taro-switch');
export const Textarea = plain('taro-textarea');
export const Form = plain('taro-form');
export const Label = plain('taro-label');
export const Checkbox = plain('taro-checkbox');
export const CheckboxGroup = plain('taro-checkbox-group');
export const Radio = plain('taro-radio');
export const RadioGroup = plain('taro-radio-group');
export const Progress = plain('taro-progress');
export const RichText = plain('taro-rich-text');
export const Navigator = plain('taro-navigator');
export const Slider = plain('taro-slider');
export const Canvas = plain('taro-canvas');
export const Picker = plain('taro-picker');
export const CustomWrapper = plain('taro-custom-wrapper');
export const Block = ({ children }: AnyProps) => children as ReactNode;
