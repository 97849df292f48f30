/** Globals Taro's H5 runtime expects (docs/toolchain.md), set before any page module loads. */
const g = globalThis as Record<string, unknown>;
Object.assign(g, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  UNION_API_BASE: '',
  UNION_CLOUD_ENV: 'test-env',
});
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
