import { Text, View } from '@tarojs/components';

/** One tappable chip. */
export interface ChipOption<T extends string | number> {
  id: T;
  name: string;
  /** A unit's depth in the org tree, for the skin's indent class. */
  level?: number;
}

/**
 * The class names a chip row is drawn with. Each editor keeps the look of its own package (pills,
 * tabs, a tick-box list), so the row takes its classes from the page instead of styling chips itself.
 */
export interface ChipSkin {
  list: string;
  chip: string;
  on: string;
  /** Prefix of the depth modifier: 'ee-unit--l' gives a level-2 unit 'ee-unit--l2'. */
  level?: string;
  /** Class of a ☑/☐ drawn before the name: a tick-box list rather than chips. */
  tick?: string;
}

export interface ChipsProps<T extends string | number> {
  options: readonly ChipOption<T>[];
  isOn: (id: T) => boolean;
  onTap: (id: T) => void;
  skin: ChipSkin;
  /** Taps change nothing (what the chips set is fixed now). */
  locked?: boolean;
}

/** A row of chips, single or multiple choice: what is on and what a tap does are the caller's. */
export function Chips<T extends string | number>({ options, isOn, onTap, skin, locked }: ChipsProps<T>) {
  return (
    <View className={skin.list}>
      {options.map((o) => {
        const on = isOn(o.id);
        const depth = skin.level && o.level !== undefined ? ` ${skin.level}${o.level}` : '';
        return (
          <View
            key={o.id}
            className={`${skin.chip}${depth} ${on ? skin.on : ''}`}
            onClick={() => !locked && onTap(o.id)}
          >
            {skin.tick ? (
              <>
                <Text className={skin.tick}>{on ? '☑' : '☐'}</Text>
                <Text>{o.name}</Text>
              </>
            ) : (
              o.name
            )}
          </View>
        );
      })}
    </View>
  );
}

/** Options named by a label table, e.g. the roles or the subjects in their fixed order. */
export const optionsOf = <T extends string | number>(ids: readonly T[], labels: Record<T, string>): ChipOption<T>[] =>
  ids.map((id) => ({ id, name: labels[id] }));
