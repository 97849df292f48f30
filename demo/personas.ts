import { DEMO_UNITS, PERSONAS, PERSONA_NOTES } from './union';
import { ROLE_LABELS } from '../domain/roles';

/** The list the local sign-in screen shows (GET /api/dev/personas). */
export function personaList(): { openid: string; name: string; role: string; unit: string; note?: string }[] {
  return (Object.keys(PERSONAS) as (keyof typeof PERSONAS)[]).map((key) => {
    const p = PERSONAS[key];
    return {
      openid: p.openid,
      name: p.name,
      role: ROLE_LABELS[p.role],
      unit: DEMO_UNITS.find((u) => u.id === p.unitId)?.name ?? '',
      note: PERSONA_NOTES[key],
    };
  });
}
