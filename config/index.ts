import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { CLOUD_ENV } from './cloud';

const root = path.resolve(__dirname, '..');

/** The local server the H5 build talks to (same origin when served by `npm start`). */
const apiBase = process.env.UNION_API_BASE ?? '';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'union-home',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Separate output folders so a weapp build never wipes the h5 build (docs/toolchain.md).
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      UNION_API_BASE: JSON.stringify(apiBase),
      UNION_CLOUD_ENV: JSON.stringify(CLOUD_ENV),
      // Subscription template ids from deploy.config.json, set by `npm run deploy` (see domain/templates.ts).
      ...(process.env.UNION_TEMPLATE_IDS ? { UNION_TEMPLATE_IDS: process.env.UNION_TEMPLATE_IDS } : {}),
    },
    alias: {
      '@domain': path.resolve(root, 'domain'),
      '@app': path.resolve(root, 'src'),
    },
    // WeChat reads sitemap.json (named by sitemapLocation in app.config.ts) from the package root.
    copy: {
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    // Chinese text as UTF-8 (3 bytes a character) rather than terser's default \uXXXX escapes (6):
    // about 6 KB of the main package, which is budgeted to 400 KB.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // base.wxml carries one template per component per nesting level; our pages nest shallowly,
      // and deeper trees still render through Taro's recursive comp, so 8 levels cut it by a third.
      // (Honoured by the weapp template, absent from IMiniAppConfig's typings.)
      ...({ baseLevel: 8 } as object),
      // domain/ is shared TypeScript outside src/: Taro compiles only src/ unless told.
      compile: { include: [path.resolve(root, 'domain')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      compile: { include: [path.resolve(root, 'domain')] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
