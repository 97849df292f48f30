import { Text, View } from '@tarojs/components';
import './index.scss';

/**
 * How an option is marked once the answer is known: key = the correct option (nothing was chosen),
 * right = chosen and correct, missed = correct but not chosen, wrong = chosen but not correct.
 */
export type ChoiceMark = 'key' | 'right' | 'wrong' | 'missed' | 'none';

export interface Choice {
  /** What identifies the option to the caller (a per-attempt token, or an index). */
  key: string;
  text: string;
  /** @default 'none' */
  mark?: ChoiceMark;
}

export interface ChoiceListProps {
  choices: Choice[];
  /** Keys of the chosen options. */
  selected: string[];
  /** Tapping an option; absent = read only. */
  onTap?: (key: string) => void;
  /** Several options may be chosen (square boxes instead of round ones). @default false */
  multiple?: boolean;
}

export const optionLetter = (i: number): string => String.fromCharCode(65 + i);

const MARK_LABEL: Record<ChoiceMark, string> = {
  key: '正确答案',
  right: '答对',
  wrong: '选错',
  missed: '正确答案',
  none: '',
};

/**
 * The options of a question as big tappable rows (A, B, C...), used on the answering screen, in
 * practice and on the result. Marks show the key only where the caller already has it.
 */
export function ChoiceList({ choices, selected, onTap, multiple = false }: ChoiceListProps) {
  return (
    <View className={`uh-choices ${multiple ? 'uh-choices--multiple' : ''}`}>
      {choices.map((c, i) => {
        const chosen = selected.includes(c.key);
        const mark = c.mark ?? 'none';
        return (
          <View
            key={c.key}
            className={`uh-choice ${chosen ? 'uh-choice--chosen' : ''} uh-choice--${mark} ${onTap ? '' : 'uh-choice--static'}`}
            onClick={onTap ? () => onTap(c.key) : undefined}
          >
            <Text className='uh-choice__letter'>{optionLetter(i)}</Text>
            <Text className='uh-choice__text'>{c.text}</Text>
            {mark !== 'none' && <Text className='uh-choice__mark'>{MARK_LABEL[mark]}</Text>}
          </View>
        );
      })}
    </View>
  );
}
