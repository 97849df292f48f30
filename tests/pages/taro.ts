/**
 * @tarojs/taro for jsdom page tests. H5 builds rewrite `Taro.x()` into named imports of
 * @tarojs/taro-h5 (babel-plugin-transform-taroapi); jest has no such pass, so the default export
 * here carries every named API.
 */

const h5 = require('@tarojs/taro-h5/dist/index.esm.js');

const taroApi: Record<string, unknown> = Object.assign({}, h5.default, h5);
delete taroApi.default;

module.exports = Object.assign(taroApi, { default: taroApi, __esModule: true });
export {};
