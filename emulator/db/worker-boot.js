// The database thread's entry (plain JavaScript, since a worker does not inherit tsx's loader):
// registers tsx for CommonJS, then runs the TypeScript worker.
require('tsx/cjs/api').register();
require('./worker.ts');
