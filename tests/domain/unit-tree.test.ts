import { childrenOf, moveProblem, pathOf, trailOf, unitIdForCode, type TreeUnit } from '../../domain/rules/unit-tree';

const units: TreeUnit[] = [
  { id: 'u-branch', name: '油田分公司', parentId: null, level: 1, retired: false },
  { id: 'u-b1', name: '第一采油大队', parentId: 'u-branch', level: 2, retired: false },
  { id: 'u-b2', name: '第二采油大队', parentId: 'u-branch', level: 2, retired: false },
  { id: 'u-old', name: '已撤销大队', parentId: 'u-branch', level: 2, retired: true },
  { id: 'u-g1', name: '采油一队工会', parentId: 'u-b1', level: 3, retired: false },
];
const byId = (id: string): TreeUnit => units.find((u) => u.id === id)!;

describe('the org tree', () => {
  it('paths and trails run from the root down to the unit', () => {
    expect(pathOf(units, 'u-g1')).toEqual(['u-branch', 'u-b1', 'u-g1']);
    expect(trailOf(units, 'u-g1')).toEqual(['油田分公司', '第一采油大队', '采油一队工会']);
    expect(pathOf(units, 'u-missing')).toEqual([]);
  });

  it('children leave retired units out unless asked', () => {
    expect(childrenOf(units, 'u-branch').map((u) => u.id)).toEqual(['u-b1', 'u-b2']);
    expect(childrenOf(units, 'u-branch', true).map((u) => u.id)).toEqual(['u-b1', 'u-b2', 'u-old']);
  });

  it('a unit moves only one level below its new parent, never to a retired one', () => {
    expect(moveProblem(byId('u-g1'), byId('u-b2'))).toBeNull();
    expect(moveProblem(byId('u-g1'), byId('u-branch'))).toBe('基层工会只能移到大队下');
    expect(moveProblem(byId('u-g1'), byId('u-old'))).toBe('上级单位已撤销');
    expect(moveProblem(byId('u-g1'), byId('u-b1'))).toBe('已在该上级单位下');
    expect(moveProblem(byId('u-branch'), null)).toBe('分公司是最高一级，不能移动');
  });

  it('unit codes become stable ids whatever their case', () => {
    expect(unitIdForCode(' qh-01 ')).toBe('u-qh-01');
  });
});
