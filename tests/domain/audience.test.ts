import { inAudience, normaliseAudience, type AudienceMember } from '../../domain/rules/audience';
import { ROLES } from '../../domain/roles';

describe('audience', () => {
  const worker: AudienceMember = { unitPath: ['u-branch', 'u-brigade-1', 'u-grass-1'], role: 'worker' };

  it('aiming at a unit includes its whole subtree', () => {
    expect(inAudience(normaliseAudience(['u-brigade-1'], undefined), worker)).toBe(true);
    expect(inAudience(normaliseAudience(['u-branch'], undefined), worker)).toBe(true);
  });

  it('a sibling unit or a unit below the member does not reach them', () => {
    expect(inAudience(normaliseAudience(['u-brigade-2'], undefined), worker)).toBe(false);
    expect(
      inAudience(normaliseAudience(['u-grass-9'], undefined), { ...worker, unitPath: ['u-branch', 'u-brigade-1'] }),
    ).toBe(false);
  });

  it('roles narrow the audience; none chosen means everyone', () => {
    expect(inAudience(normaliseAudience(['u-branch'], ['cadre']), worker)).toBe(false);
    expect(inAudience(normaliseAudience(['u-branch'], ['cadre', 'worker']), worker)).toBe(true);
    expect(normaliseAudience(['u-branch'], []).audienceRoles).toEqual([...ROLES]);
  });

  it('stores each unit and role once', () => {
    expect(normaliseAudience(['u-a', 'u-a', 'u-b'], ['worker', 'worker'])).toEqual({
      audienceUnits: ['u-a', 'u-b'],
      audienceRoles: ['worker'],
    });
  });
});
