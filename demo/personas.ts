import { DEMO_UNITS, PERSONAS, PERSONA_NOTES } from './union';
import { DEMO_PENDING } from './seed-members';
import { VOICE_PERSONAS } from './seed-voice';
import { ROLE_LABELS } from '../domain/roles';

type PersonaItem = { openid: string; name: string; role: string; unit: string; note?: string; phone: string };

const unitName = (unitId: string): string => DEMO_UNITS.find((u) => u.id === unitId)?.name ?? '';

/**
 * The list the local sign-in screen shows (GET /api/dev/personas): the personas, then the demo's
 * pending registrations, so the waiting-for-approval screen can be seen as its member sees it. Each
 * carries the phone of its WeChat account: what the local phone-number button proves.
 */
export function personaList(): PersonaItem[] {
  const personas = (Object.keys(PERSONAS) as (keyof typeof PERSONAS)[]).map((key): PersonaItem => {
    const p = PERSONAS[key];
    return {
      openid: p.openid,
      name: p.name,
      role: ROLE_LABELS[p.role],
      unit: unitName(p.unitId),
      note: PERSONA_NOTES[key],
      phone: p.phone,
    };
  });
  const pending = DEMO_PENDING.map((p): PersonaItem => ({
    openid: p.openid,
    name: p.name,
    role: ROLE_LABELS[p.role],
    unit: unitName(p.unitId),
    note: '注册待审核',
    phone: p.phone,
  }));
  const voice = VOICE_PERSONAS.map((p): PersonaItem => ({
    openid: p.openid,
    name: p.name,
    role: ROLE_LABELS[p.role],
    unit: unitName(p.unitId),
    note: '基层工会组织者',
    phone: p.phone,
  }));
  return [...personas, ...voice, ...pending];
}
