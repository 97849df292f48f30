/** The demo union's people by openid (demo/union.ts PERSONAS), named after the persona. */
import { PERSONAS } from '../../demo/union';

export const ADMIN = PERSONAS.admin.openid;
export const ORGANIZER = PERSONAS.organizer.openid;
export const ORGANIZER2 = PERSONAS.organizer2.openid;
export const CADRE = PERSONAS.cadre.openid;
export const WORKER = PERSONAS.worker.openid;
export const WORKER2 = PERSONAS.worker2.openid;
