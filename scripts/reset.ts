/** `npm run reset`: wipe the local cloud's data (the next `npm start` seeds the demo union again). */
import fs from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`removed ${dataDir}`);
