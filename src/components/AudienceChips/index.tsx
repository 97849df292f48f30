import { ROLES, ROLE_LABELS, type Role } from '@domain/roles';
import { toggled } from '../../utils/toggled';
import { Chips, optionsOf, type ChipOption, type ChipSkin } from '../Chips';

/** The roles an audience may be narrowed to, in the order every editor lists them. */
export const ROLE_OPTIONS = optionsOf(ROLES, ROLE_LABELS);

/** A saved audience names every role when none was picked; the picker shows that as no role chosen. */
export const pickedRoles = (roles: Role[]): Role[] => (roles.length === ROLES.length ? [] : roles);

export interface AudienceChipsProps<T extends string> {
  /** Org units (a UnitOption, standing for its subtree) or ROLE_OPTIONS. */
  options: readonly ChipOption<T>[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  skin: ChipSkin;
  /** The audience is fixed (someone has started). */
  locked?: boolean;
}

/** Who an event, paper, notice, survey or lesson is for: tapping a unit or a role adds or drops it. */
export function AudienceChips<T extends string>({ options, chosen, onChange, skin, locked }: AudienceChipsProps<T>) {
  return (
    <Chips
      options={options}
      isOn={(id) => chosen.includes(id)}
      onTap={(id) => onChange(toggled(chosen, id))}
      skin={skin}
      locked={locked}
    />
  );
}
