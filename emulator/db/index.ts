/** The local cloud's database: an engine, and the patch that routes wx-server-sdk's requests to it. */
export { jittered, openEngine } from './engine';
export { openThreadedEngine } from './threaded';
export { installDatabaseTransport, restoreDatabaseTransport, transportPrototype, TRANSPORT_MODULE } from './sdk-patch';
export { DbError } from './errors';
export type { DbErrorCode } from './errors';
export { DEFAULT_LIMIT, MAX_LIMIT, SUPPORTED_ACTIONS } from './actions';
export { DEFAULT_AGGREGATE_LIMIT } from './aggregate';
export type { CollectionDecl, DbEngine, Doc, DocId, EngineStats, IndexDecl, OpenOptions } from './types';
