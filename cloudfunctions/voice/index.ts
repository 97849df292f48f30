import { voiceContract } from '../../domain/contract/voice';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { draft } from '../../server/voice/actions/draft';
import { submit } from '../../server/voice/actions/submit';
import { listMine } from '../../server/voice/actions/list-mine';
import { mine } from '../../server/voice/actions/mine';
import { addNote, rate, reopen } from '../../server/voice/actions/writer-steps';
import { queue } from '../../server/voice/actions/queue';
import { request } from '../../server/voice/actions/request';
import { accept, adopt, assign, close, merge, reply } from '../../server/voice/actions/organizer-steps';
import {
  calendar,
  removeTemplate,
  saveCalendar,
  saveSettings,
  saveTemplate,
  settings,
} from '../../server/voice/actions/settings';
import { dashboard } from '../../server/voice/actions/dashboard';
import { mediaVerdict, sweep } from '../../server/voice/actions/system';
import { answerSurvey, survey, surveys } from '../../server/voice/actions/survey-member';
import {
  closeSurvey,
  managedSurveys,
  publishSurvey,
  saveSurvey,
  surveyEditor,
  surveyResults,
} from '../../server/voice/actions/survey-organizer';

const handlers = defineActions(voiceContract, {
  draft,
  submit,
  listMine,
  mine,
  addNote,
  rate,
  reopen,
  queue,
  request,
  accept,
  assign,
  reply,
  merge,
  adopt,
  close,
  settings,
  saveSettings,
  saveTemplate,
  removeTemplate,
  dashboard,
  calendar,
  saveCalendar,
  sweep,
  mediaVerdict,
  surveys,
  survey,
  answerSurvey,
  managedSurveys,
  surveyEditor,
  saveSurvey,
  publishSurvey,
  closeSurvey,
  surveyResults,
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
  return { action: 'mediaVerdict', input: { traceId: e.trace_id, suggest: result.suggest, label: result.label } };
}

export const main = (event: unknown) => dispatch(mediaCheckPush(event) ?? event);
