import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { EVENT_STATUS_LABELS, type AdminEvent, type EventDraft } from '@domain/contract/event-model';
import { call, isApiError, messageOf } from '../../../api';
import { Button } from '../../../components/Button';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useUnsaved } from '../../../hooks/useUnsaved';
import { useParam } from '../../../navigation';
import { confirm, say } from '../../../ui/confirm';
import { blankForm, formOf, toDraft, type FormState } from './form';
import { EventFormView } from './form-view';
import { publishSummary } from './publish-summary';
import './index.scss';

/**
 * Organizer: create or edit an event, aim it, set places, waitlist, window, form and quotas; publish
 * or close it. Publishing saves what is on screen first (nothing typed after 保存草稿 is lost) and
 * confirms with a summary; leaving with unsaved changes asks.
 */
export default function EventEdit() {
  const editId = useParam('eventEdit', 'id') || undefined;
  const { data, error, loading, reload } = useLoad(
    () => call('event', 'getEditor', editId ? { eventId: editId } : {}),
    [editId],
    { refreshOnShow: false },
  );
  const [event, setEvent] = useState<AdminEvent | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const { busy, run } = useAction();
  const unsaved = useUnsaved(form);

  const adopt = (saved: AdminEvent) => {
    const f = formOf(saved);
    setEvent(saved);
    setForm(f);
    unsaved.markSaved(f);
  };

  useEffect(() => {
    if (!data) return;
    if (data.event) adopt(data.event);
    else {
      const f = blankForm(data.units, Date.now());
      setForm(f);
      unsaved.markSaved(f);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const units = data?.units ?? [];
  const locked = event?.locked ?? false;
  const set = (p: Partial<FormState>) => setForm((f) => (f ? { ...f, ...p } : f));

  /** Runs one of the buttons: the hook toasts a failure; the list above the form keeps it, per issue. */
  const act = (work: () => Promise<AdminEvent>, done: string) =>
    run(async () => {
      setProblems([]);
      try {
        adopt(await work());
      } catch (e) {
        setProblems(isApiError(e) && e.issues?.length ? e.issues.map((i) => i.message) : [messageOf(e)]);
        throw e;
      }
    }, done);

  /** The form as a draft, or null after showing its first problem. */
  const draftOrProblem = (): EventDraft | null => {
    if (!form) return null;
    const out = toDraft(form);
    if ('problem' in out) {
      setProblems([out.problem]);
      say(out.problem);
      return null;
    }
    return out.draft;
  };

  /** Saves the draft (creating the event if new) and takes the server's copy as the saved state. */
  const persist = async (draft: EventDraft): Promise<AdminEvent> => {
    const saved = event
      ? await call('event', 'update', { eventId: event.id, draft })
      : await call('event', 'create', draft);
    adopt(saved);
    return saved;
  };

  const save = () => {
    const draft = draftOrProblem();
    if (draft) void act(() => persist(draft), '已保存');
  };

  const publish = async () => {
    const draft = draftOrProblem();
    if (!draft) return;
    if (!(await confirm({ title: '发布活动', content: publishSummary(draft), confirmText: '发布' }))) return;
    // What is on screen is what gets published: save it first when it differs from the server's copy.
    void act(async () => {
      const current = event && !unsaved.dirty ? event : await persist(draft);
      return call('event', 'publish', { eventId: current.id });
    }, '已发布');
  };

  const close = async () => {
    if (!event) return;
    const content = `关闭后不能再报名，也不能重新开放。已报名的记录保留。${unsaved.dirty ? '\n未保存的修改将不会保存。' : ''}`;
    if (await confirm({ title: '关闭报名', content, confirmText: '关闭报名', danger: true }))
      void act(() => call('event', 'close', { eventId: event.id }), '已关闭');
  };

  return (
    <Screen loading={loading && !form} error={error} onRetry={reload}>
      {form && (
        <View className='uh-section event-admin-edit'>
          {event && (
            <View className='uh-card event-admin-edit__status'>
              <Text className={`uh-tag ${event.status === 'published' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>
                {EVENT_STATUS_LABELS[event.status]}
              </Text>
              <Text className='uh-muted'>
                确认 {event.seats.confirmed} · 候补 {event.seats.waitlisted} · 待审核 {event.seats.pending}
              </Text>
            </View>
          )}
          {problems.length > 0 && (
            <View className='uh-card event-admin-edit__problems'>
              {problems.map((p, i) => (
                <View key={i} className='uh-danger'>
                  {p}
                </View>
              ))}
            </View>
          )}

          <EventFormView form={form} units={units} locked={locked} set={set} />

          {unsaved.dirty && <View className='event-admin-edit__unsaved'>有未保存的修改</View>}
          {event?.status !== 'closed' && (
            <Button
              variant={event?.status === 'published' ? 'primary' : 'ghost'}
              busy={busy}
              busyText='保存中…'
              onClick={save}
            >
              {event ? '保存修改' : '保存草稿'}
            </Button>
          )}
          {(!event || event.status === 'draft') && (
            <Button className='event-admin-edit__publish' busy={busy} busyText='发布中…' onClick={publish}>
              {unsaved.dirty ? '保存并发布' : '发布活动'}
            </Button>
          )}
          {event && event.status !== 'closed' && (
            <Button variant='danger' disabled={busy} onClick={close}>
              关闭报名
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
