import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { HomeEvent, HomeOutput, HomePaper, HomeNotice } from '@domain/contract/home';
import { EVENT_KIND_LABELS, REGISTRATION_STATE_LABELS } from '@domain/contract/event-model';
import { ROLE_LABELS, type Role } from '@domain/roles';
import { VoiceEntry } from './voice-entry';

const go = (url: string) => () => void Taro.navigateTo({ url });
const when = (ms: number) => dayjs(ms).format('M月D日 HH:mm');

const PAPER_STATE: Record<HomePaper['state'], { label: string; tag: string }> = {
  todo: { label: '待完成', tag: 'uh-tag--warn' },
  in_progress: { label: '答题中', tag: '' },
  passed: { label: '已通过', tag: 'uh-tag--ok' },
  failed: { label: '未通过', tag: 'uh-tag--muted' },
};

/** Labels from the event area's model (zod-free, safe to ship); unknown values show as they are. */
const mineLabel = (state: string): string => (REGISTRATION_STATE_LABELS as Record<string, string>)[state] ?? state;
const kindLabel = (kind: string): string => (EVENT_KIND_LABELS as Record<string, string>)[kind] ?? '';

const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

/** The verified member's home: greeting, then papers, events and notices, each with its empty state. */
export function MemberHome({ home }: { home: HomeOutput }) {
  return (
    <View className='home'>
      <View className='uh-section'>
        <View className='uh-card home-hello'>
          <View className='uh-row'>
            <View>
              <Text className='uh-title home-hello__name'>{home.name}，您好</Text>
              <View className='uh-card__meta'>
                {home.unitName} · {roleLabel(home.role)}
              </View>
            </View>
            <View className='home-hello__links'>
              <View className='home-hello__link' onClick={go('/packages/member/messages/index')}>
                消息{home.unreadMessages > 0 && <Text className='uh-badge home-hello__badge'>{home.unreadMessages}</Text>}
              </View>
              <View className='home-hello__link' onClick={go('/pages/me/index')}>
                我的
              </View>
            </View>
          </View>
        </View>
      </View>

      <VoiceEntry />

      <Section title='待完成的考试' more='/pages/papers/index'>
        {home.papers.length === 0 ? <Empty text='暂无需要完成的考试' /> : home.papers.map((p) => <PaperCard key={p.id} paper={p} />)}
      </Section>

      <Section title='可报名的活动' more='/pages/events/index'>
        {home.events.length === 0 ? <Empty text='暂无可报名的活动' /> : home.events.map((e) => <EventCard key={e.id} event={e} />)}
      </Section>

      <Section title='通知公告' more='/pages/notices/index' badge={home.notices.unread}>
        {home.notices.items.length === 0 ? <Empty text='暂无新通知' /> : home.notices.items.map((n) => <NoticeCard key={n.id} notice={n} />)}
      </Section>
    </View>
  );
}

function Section({ title, more, badge = 0, children }: { title: string; more: string; badge?: number; children: ReactNode }) {
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <Text>
          {title}
          {badge > 0 && <Text className='uh-badge home__section-badge'>{badge}未读</Text>}
        </Text>
        <Text className='uh-muted' onClick={go(more)}>
          全部 ›
        </Text>
      </View>
      {children}
    </View>
  );
}

const Empty = ({ text }: { text: string }) => <View className='uh-card uh-empty'>{text}</View>;

function PaperCard({ paper }: { paper: HomePaper }) {
  const state = PAPER_STATE[paper.state];
  return (
    <View className='uh-card' onClick={go(`/pages/paper-intro/index?id=${paper.id}`)}>
      <View className='uh-card__title'>{paper.title}</View>
      <View className='uh-row'>
        <Text className='uh-card__meta'>
          {when(paper.closesAt)} 截止{paper.attemptsLeft !== null ? ` · 还可作答${paper.attemptsLeft}次` : ''}
        </Text>
        <Text className={`uh-tag ${state.tag}`}>{state.label}</Text>
      </View>
    </View>
  );
}

function EventCard({ event }: { event: HomeEvent }) {
  return (
    <View className='uh-card' onClick={go(`/pages/event-detail/index?id=${event.id}`)}>
      <View className='uh-card__title'>
        {kindLabel(event.kind) && <Text className='uh-tag'>{kindLabel(event.kind)}</Text>}
        {event.title}
      </View>
      <View className='uh-row'>
        <Text className='uh-card__meta'>
          {when(event.startsAt)} 开始 · 报名至{when(event.signupClosesAt)}
          {event.placesLeft !== null ? ` · 余${event.placesLeft}个名额` : ''}
        </Text>
        {event.mine && <Text className='uh-tag uh-tag--ok'>{mineLabel(event.mine)}</Text>}
      </View>
    </View>
  );
}

function NoticeCard({ notice }: { notice: HomeNotice }) {
  return (
    <View className='uh-card' onClick={go(`/pages/notice-detail/index?id=${notice.id}`)}>
      <View className='uh-card__title'>
        {!notice.read && <Text className='uh-dot' />}
        {notice.pinned && <Text className='uh-tag'>置顶</Text>}
        {notice.title}
      </View>
      <View className='uh-card__meta'>
        {notice.category} · {when(notice.publishedAt)}
      </View>
    </View>
  );
}
