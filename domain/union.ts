/**
 * The union this installation serves. One config value, read where the union names itself to a
 * member (certificates). The default is the demo union's name (demo/union.ts DEMO_UNION_NAME);
 * a real union replaces it here before building.
 */
export const UNION_NAME = '青河油田第一分公司工会';
