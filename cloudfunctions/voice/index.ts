import { voiceContract } from '../../domain/contract/voice';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { getDraft } from '../../server/voice/actions/get-draft';
import { submit } from '../../server/voice/actions/submit';
import { listMine } from '../../server/voice/actions/list-mine';
import { getMine } from '../../server/voice/actions/get-mine';
import { addNote, rate, reopen } from '../../server/voice/actions/writer-steps';
import { listQueue } from '../../server/voice/actions/list-queue';
import { getRequest } from '../../server/voice/actions/get-request';
import { accept, adopt, assign, close, merge, reply } from '../../server/voice/actions/organizer-steps';
import {
  getCalendar,
  removeTemplate,
  saveCalendar,
  saveSettings,
  saveTemplate,
  getSettings,
} from '../../server/voice/actions/settings';
import { getDashboard } from '../../server/voice/actions/get-dashboard';
import { recordMediaVerdict, sweep } from '../../server/voice/actions/system';
import { answerSurvey, getSurvey, listSurveys } from '../../server/voice/actions/survey-member';
import {
  closeSurvey,
  listManagedSurveys,
  publishSurvey,
  saveSurvey,
  getSurveyEditor,
  getSurveyResults,
} from '../../server/voice/actions/survey-organizer';

const handlers = defineActions(voiceContract, {
  getDraft,
  submit,
  listMine,
  getMine,
  addNote,
  rate,
  reopen,
  listQueue,
  getRequest,
  accept,
  assign,
  reply,
  merge,
  adopt,
  close,
  getSettings,
  saveSettings,
  saveTemplate,
  removeTemplate,
  getDashboard,
  getCalendar,
  saveCalendar,
  sweep,
  recordMediaVerdict,
  listSurveys,
  getSurvey,
  answerSurvey,
  listManagedSurveys,
  getSurveyEditor,
  saveSurvey,
  publishSurvey,
  closeSurvey,
  getSurveyResults,
});

/** The timer in config.json is a safety net: every read already escalates what is due. */
const dispatch = createMain('voice', voiceContract, handlers, { timers: { sweep: 'sweep' } });

/**
 * WeChat's message push (消息推送, set to this function for `wxa_media_check`) delivers the verdict of
 * an image check as a plain event, not as an action: hand it to the mediaVerdict action. It still
 * goes through the dispatcher, which refuses it from a phone (system access).
 */
function mediaCheckPush(event: unknown): { action: string; input: unknown } | null {
  const e = (event ?? {}) as Record<string, unknown>;
  if (e.MsgType !== 'event' || e.Event !== 'wxa_media_check') return null;
  const result = (e.result ?? {}) as Record<string, unknown>;
  return { action: 'recordMediaVerdict', input: { traceId: e.trace_id, suggest: result.suggest, label: result.label } };
}

export const main = (event: unknown) => dispatch(mediaCheckPush(event) ?? event);
