/**
 * `npm run db:setup`: what to create in a real WeChat cloud environment, from the same declaration
 * the local cloud uses (domain/collections.ts): every collection, its indexes, its permission rule.
 */
import { CLIENT_PERMISSION, COLLECTIONS, type CollectionSpec } from '../domain/collections';
import { EXPORT_LIFETIME_MS, STORAGE_RULES } from '../domain/rules/uploads';

const specs = COLLECTIONS as Record<string, CollectionSpec>;
console.log(`# Collections (permission for all: ${CLIENT_PERMISSION} = 仅管理端可读写)\n`);
for (const [name, spec] of Object.entries(specs)) {
  console.log(`${name}  — ${spec.description}`);
  for (const idx of spec.indexes) {
    const keys = Object.entries(idx.keys)
      .map(([k, dir]) => `${k} ${dir === 1 ? '升序' : '降序'}`)
      .join(', ');
    console.log(`    index ${idx.name}${idx.unique ? ' (唯一)' : ''}: ${keys}`);
  }
}
console.log(`\nAs JSON (for scripting the console):\n${JSON.stringify(specs, null, 2)}`);

// Cloud storage: phones read only their own uploads and write only under uploads/<openid>/<purpose>/.
console.log('\n# Cloud storage security rules (云开发控制台 → 存储 → 权限设置 → 自定义安全规则)\n');
console.log(JSON.stringify(STORAGE_RULES, null, 2));
console.log(
  `\nUploads: uploads/<openid>/<proof|notice|roster|questions>/… (path from member.getUploadPath; functions accept only the caller's own).` +
    `\nExports: exports/<openid>/… written by functions, deleted ${EXPORT_LIFETIME_MS / 3600_000} hours after they were made (collection file_exports).`,
);
