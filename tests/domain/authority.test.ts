import { canManageUnit, managedRoot } from '../../domain/rules/authority';

/** The one "may manage" rule: admins everywhere, organizers in their own subtree, nobody else. */
describe('who may manage a unit', () => {
  const path = ['u-branch', 'u-brigade-1', 'u-grass-1'];

  it.each([
    ['admin anywhere', { role: 'admin', unitId: 'u-elsewhere' }, true],
    ['organizer of the unit itself', { role: 'organizer', unitId: 'u-grass-1' }, true],
    ['organizer of a unit above it', { role: 'organizer', unitId: 'u-brigade-1' }, true],
    ['organizer of a sibling brigade', { role: 'organizer', unitId: 'u-brigade-2' }, false],
    ['cadre of the unit itself', { role: 'cadre', unitId: 'u-grass-1' }, false],
    ['worker of the unit itself', { role: 'worker', unitId: 'u-grass-1' }, false],
  ] as const)('%s → %s', (_label, actor, expected) => {
    expect(canManageUnit(actor, path)).toBe(expected);
  });

  it('an organizer below the unit does not manage the unit above', () => {
    expect(canManageUnit({ role: 'organizer', unitId: 'u-grass-1' }, ['u-branch', 'u-brigade-1'])).toBe(false);
  });

  it('the managed root is the whole tree for admins, the own unit for organizers', () => {
    expect(managedRoot({ role: 'admin', unitId: 'u-branch' })).toBeNull();
    expect(managedRoot({ role: 'organizer', unitId: 'u-brigade-1' })).toBe('u-brigade-1');
  });
});
