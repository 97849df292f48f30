import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { MemberStatus } from '@domain/roles';
import { ROLE_LABELS } from '@domain/roles';
import { call, messageOf } from '../../../api';
import { Pager } from '../../../components/Pager';
import { Screen } from '../../../components/screen';
import { UnitPicker } from '../../../components/UnitPicker';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import { SearchBar } from '../../../components/SearchBar';
import '../admin.scss';

const PAGE_SIZE = 20;
const STATUS_TABS: { status: MemberStatus; label: string }[] = [
  { status: 'verified', label: '已认证' },
  { status: 'pending', label: '待审核' },
  { status: 'rejected', label: '未通过' },
];

/** Members of my subtree by unit, with search and paging. Phones are masked here; the detail shows them. */
export default function Members() {
  const ctx = useLoad(() => Promise.all([call('member', 'getMe', {}), call('member', 'listUnits', {})]), [], {
    refreshOnShow: false,
  });
  const [unitId, setUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<MemberStatus>('verified');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useLoad(
    () =>
      call('member', 'listMembers', {
        page,
        pageSize: PAGE_SIZE,
        status,
        ...(unitId ? { unitId } : {}),
        ...(q ? { q } : {}),
      }),
    [unitId, status, q, page],
  );

  const me = ctx.data?.[0].member;
  const rootId = me && me.role !== 'admin' ? me.unitId : null;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const choose = (next: () => void) => {
    next();
    setPage(1);
  };

  return (
    <Screen loading={ctx.loading && !ctx.data} error={ctx.error && messageOf(ctx.error)} onRetry={ctx.reload}>
      <View className='uh-section'>
        <View className='uh-card'>
          {ctx.data && (
            <UnitPicker
              units={ctx.data[1].units}
              value={unitId}
              rootId={rootId}
              placeholder='全部单位（可按单位筛选）'
              onChange={(id) => choose(() => setUnitId(id))}
            />
          )}
          {unitId && (
            <Text className='uh-muted' onClick={() => choose(() => setUnitId(null))}>
              清除单位筛选
            </Text>
          )}
          <SearchBar
            value={text}
            placeholder='姓名或工号'
            max={20}
            onChange={setText}
            onSearch={() => choose(() => setQ(text.trim()))}
          />
        </View>
        <View className='admin-tabs'>
          {STATUS_TABS.map((t) => (
            <View
              key={t.status}
              className={`admin-tab ${status === t.status ? 'admin-tab--on' : ''}`}
              onClick={() => choose(() => setStatus(t.status))}
            >
              {t.label}
            </View>
          ))}
        </View>
        {list.error && <View className='uh-card uh-danger'>{messageOf(list.error)}</View>}
        {list.data && list.data.items.length === 0 && <View className='uh-card uh-empty'>没有符合条件的成员</View>}
        {list.data?.items.map((m) => (
          <View key={m.id} className='uh-card admin-members__member' onClick={link('member', { id: m.id })}>
            <View className='uh-row'>
              <Text className='uh-card__title'>{m.name}</Text>
              <Text className='uh-tag'>{ROLE_LABELS[m.role]}</Text>
            </View>
            <View className='uh-card__meta'>
              工号 {m.employeeNo} · 手机 {m.phone}
            </View>
            <View className='uh-card__meta'>{m.unitTrail.join(' / ')}</View>
          </View>
        ))}
        {list.data && (
          <Pager className='admin-pager' page={page} pages={pages} onPage={setPage}>
            第 {page} / {pages} 页，共 {list.data.total} 人
          </Pager>
        )}
      </View>
    </Screen>
  );
}
