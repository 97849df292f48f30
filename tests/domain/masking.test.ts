import { maskIdNumber, maskName, maskPhone } from '../../domain/rules/masking';

describe('masking personal data', () => {
  it('phones keep the first three and last four digits', () => {
    expect(maskPhone('13905461007')).toBe('139****1007');
    expect(maskPhone('123456')).toBe('******');
  });

  it('ID numbers keep four digits at each end, whatever their length', () => {
    expect(maskIdNumber('370502198805061234')).toBe('3705**********1234');
    expect(maskIdNumber('1234567')).toBe('*******');
  });

  it('names keep their first and last character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('王')).toBe('王');
    expect(maskName('阿依古丽·买买提')).toBe('阿******提');
  });
});
