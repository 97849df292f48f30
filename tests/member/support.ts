/**
 * Helpers for the member tests: roster workbooks built with exceljs (the same library the function
 * parses with), uploaded into the local cloud's storage as a client upload would.
 */

/** The roster template's header (a sheet named 名册: `simpleBook('名册', ROSTER_HEADER, rows)`). */
export const ROSTER_HEADER = ['姓名', '工号', '手机号', '单位编码'];

/** Valid registration input for a made-up person. */
export const registrationInput = (over: Partial<Record<'name' | 'employeeNo' | 'phone' | 'unitId', string>> = {}) => ({
  name: '孙丽',
  employeeNo: 'QH10099',
  phone: '13905460099',
  unitId: 'u-grass-1',
  ...over,
});
