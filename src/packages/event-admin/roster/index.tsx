import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import {
  ROSTER_FILTERS,
  ROSTER_FILTER_LABELS,
  type RosterExport,
  type RosterFilter,
} from '@domain/contract/event-admin-model';
import { REGISTRATION_STATE_LABELS } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { call, messageOf } from '../../../api';
import { Pager } from '../../../components/Pager';
import { Screen } from '../../../components/screen';
import { registrationTone } from '../../../components/RegistrationStatus/tone';
import { useAction } from '../../../hooks/useAction';
import { openFile } from '../../../utils/open-file';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { confirm } from '../../../ui/confirm';
import { EventHead } from '../event-head';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

const PAGE_SIZE = 50;

/**
 * Organizer: an event's registrations by unit and state, with counts rolled up the org tree (tap a
 * unit to list only its subtree), paging, and the Excel export (masked, or in full, which is logged).
 */
export default function EventRoster() {
  const eventId = useParam('eventRoster', 'id');
  const [filter, setFilter] = useState<RosterFilter>('all');
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad(
    () =>
      call('eventAdmin', 'getRoster', { eventId, filter, page, pageSize: PAGE_SIZE, ...(unitId ? { unitId } : {}) }),
    [eventId, filter, unitId, page],
  );
  const { busy: exporting, run } = useAction();
  /** Opening the file again from its link: its own action, so the export buttons keep their label. */
  const opening = useAction();
  const [file, setFile] = useState<RosterExport | null>(null);
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const pick = (next: { filter?: RosterFilter; unitId?: string | undefined }) => {
    if (next.filter !== undefined) setFilter(next.filter);
    if ('unitId' in next) setUnitId(next.unitId);
    setPage(1);
  };

  const exportRoster = async (full: boolean) => {
    if (full) {
      const ok = await confirm({
        title: '导出完整个人信息',
        content: '文件将包含未脱敏的手机号和身份证号，仅用于工会工作。本次导出的操作人和时间会被记录。',
        confirmText: '确认导出',
        danger: true,
      });
      if (!ok) return;
    }
    await run(async () => {
      const out = await call('eventAdmin', 'exportRoster', { eventId, full, ...(unitId ? { unitId } : {}) });
      setFile(out);
      // The link below opens it again if the viewer did not.
      await openFile(out).catch(() => undefined);
    });
  };

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section'>
          <EventHead event={data.event} note={data.scope === 'unit' ? ' · 仅显示本单位及下级单位' : ''} />

          <View className='uh-card'>
            <View className='uh-card__title'>各单位人数</View>
            <View className='event-admin-roster__units-head'>
              <Text className='event-admin-roster__unit-name'>单位</Text>
              <Text className='event-admin-roster__unit-num'>确认</Text>
              <Text className='event-admin-roster__unit-num'>签到</Text>
              <Text className='event-admin-roster__unit-num'>候补</Text>
              {data.event.needsReview && <Text className='event-admin-roster__unit-num'>待审</Text>}
            </View>
            {data.units.length === 0 && <View className='uh-empty'>暂无报名</View>}
            {data.units.map((u) => (
              <View
                key={u.unitId}
                className={`event-admin-roster__unit event-admin-roster__unit--l${u.level} ${unitId === u.unitId ? 'event-admin-roster__unit--on' : ''}`}
                onClick={() => pick({ unitId: unitId === u.unitId ? undefined : u.unitId })}
              >
                <Text className='event-admin-roster__unit-name'>{u.name}</Text>
                <Text className='event-admin-roster__unit-num'>{u.confirmed}</Text>
                <Text className='event-admin-roster__unit-num'>{u.checkedIn}</Text>
                <Text className='event-admin-roster__unit-num'>{u.waitlisted}</Text>
                {data.event.needsReview && <Text className='event-admin-roster__unit-num'>{u.pending}</Text>}
              </View>
            ))}
            {unitId && <Text className='uh-muted'>已按单位筛选，再点一次取消</Text>}
          </View>

          <View className='uh-card event-admin-roster__export'>
            <View className='uh-card__title'>导出 Excel</View>
            <Text className='uh-muted'>
              已确认、候补、已签到、未签到分表{unitId ? '（当前所选单位）' : ''}；默认手机号、身份证号脱敏。
            </Text>
            <View className='uh-row'>
              <Button
                className='uh-btn uh-btn--small'
                disabled={exporting || undefined}
                onClick={() => void exportRoster(false)}
              >
                {exporting ? '正在生成…' : '导出名单'}
              </Button>
              <Button
                className='uh-btn uh-btn--ghost uh-btn--small'
                disabled={exporting || undefined}
                onClick={() => void exportRoster(true)}
              >
                导出完整个人信息
              </Button>
            </View>
            {file && (
              <View>
                <Text className='uh-muted'>
                  已生成{file.full ? '（含完整个人信息）' : ''}：确认 {file.counts.confirmed}，候补{' '}
                  {file.counts.waitlisted}，已签到 {file.counts.checkedIn}，未签到 {file.counts.notCheckedIn}。链接 1
                  小时内有效。
                </Text>
                <Text
                  className='event-admin-roster__export-link'
                  onClick={() => void opening.run(() => openFile(file))}
                >
                  打开 {file.fileName}
                </Text>
              </View>
            )}
          </View>

          <View className='event-admin-roster__filters'>
            {ROSTER_FILTERS.map((f) => (
              <Text
                key={f}
                className={`event-admin-roster__filter ${filter === f ? 'event-admin-roster__filter--on' : ''}`}
                onClick={() => pick({ filter: f })}
              >
                {ROSTER_FILTER_LABELS[f]}
              </Text>
            ))}
          </View>
          <View className='uh-muted'>共 {data.total} 人</View>
          {data.items.length === 0 && <View className='uh-empty'>没有符合条件的报名</View>}
          {data.items.map((r) => (
            <View key={r.id} className='uh-card event-admin-roster__row'>
              <View className='uh-row'>
                <Text className='uh-card__title'>{r.name}</Text>
                <Text className={`uh-tag uh-tag--${r.checkedInAt ? 'ok' : registrationTone(r.state)}`}>
                  {r.checkedInAt
                    ? '已签到'
                    : r.state === 'waitlisted' && r.position
                      ? `候补第${r.position}位`
                      : REGISTRATION_STATE_LABELS[r.state]}
                </Text>
              </View>
              <View className='uh-card__meta'>
                {r.employeeNo} · {r.unitName} · {eventTimeText(r.signedUpAt)}报名
                {r.checkedInAt ? ` · ${eventTimeText(r.checkedInAt)}签到` : ''}
              </View>
            </View>
          ))}
          {pages > 1 && (
            <Pager className='uh-row event-admin-roster__pager' page={page} pages={pages} onPage={setPage}>
              {page} / {pages}
            </Pager>
          )}
        </View>
      )}
    </Screen>
  );
}
