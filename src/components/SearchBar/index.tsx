import { Button, View } from '@tarojs/components';
import { TextBox } from '../Form';
import './index.scss';

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

/**
 * A search box with its 搜索 button on one row: the box takes the room the button leaves. Apart from
 * the Form kit because only organizer pages search: it stays out of the main package.
 */
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
