/**
 * `npm run db:setup`: what to create in a real WeChat cloud environment, from the same declaration
 * the local cloud uses (domain/collections.ts): every collection, its indexes, its permission rule.
 */
import { CLIENT_PERMISSION, COLLECTIONS, type CollectionSpec } from '../domain/collections';

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
