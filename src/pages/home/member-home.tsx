import { Text, View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import type { HomeOutput } from '@domain/contract/home';
import { ROLE_LABELS, roleAtLeast, type Role } from '@domain/roles';
import type { TabPage } from '@domain/routes';
import { Empty } from '../../components/Empty';
import { Icon } from '../../components/Icon';
import { goTo, link } from '../../navigation';
import { setTabBadge } from '../../ui/tab-badge';
import { noteRegistration } from '../../utils/my-events';
import { CheckinStrip } from './checkin-strip';
import { EventCard, NoticeCard, PaperCard } from './home-cards';
import { OrganizerTodo } from './organizer-todo';
import { VoiceEntry } from './voice-entry';

const isRole = (role: string): role is Role => role in ROLE_LABELS;

/** Home shows the newest few notices; the 通知 tab has them all. */
const NOTICES_SHOWN = 3;

/**
 * The verified member's home: who I am and my messages; an organizer's waiting work; today's
 * check-in code; then papers to take, the newest notices, and events, each one tap from here.
 */
export function MemberHome({ home, loadedAt }: { home: HomeOutput; loadedAt: number }) {
  const role = isRole(home.role) ? home.role : 'worker';
  useEffect(() => {
    setTabBadge('notices', home.notices.unread);
    for (const e of home.events)
      if (e.mine)
        noteRegistration({ id: e.id, title: e.title, startsAt: e.startsAt, endsAt: null }, e.mine === 'confirmed');
  }, [home]);

  return (
    <View className='home'>
      <View className='home__hello'>
        <View className='home__hello-who'>
          <Text className='home__hello-name'>{home.name}，您好</Text>
          <Text className='home__hello-unit'>
            {home.unitName} · {ROLE_LABELS[role]}
          </Text>
        </View>
        <View className='home__hello-messages' onClick={link('messages')}>
          <Icon name='message' tone='white' size='md' />
          <Text>消息</Text>
          {home.unreadMessages > 0 && <Text className='home__hello-badge'>{home.unreadMessages}</Text>}
        </View>
      </View>

      {roleAtLeast(role, 'organizer') && <OrganizerTodo refreshKey={loadedAt} />}

      <CheckinStrip refreshKey={loadedAt} />

      <VoiceEntry />

      <Section title='待完成的考试' tab='papers'>
        {home.papers.length === 0 ? (
          <Empty text='暂无需要完成的考试' hint='有新的考试时会显示在这里' />
        ) : (
          home.papers.map((p) => <PaperCard key={p.id} paper={p} />)
        )}
      </Section>

      <Section title='通知公告' tab='notices' badge={home.notices.unread}>
        {home.notices.items.length === 0 ? (
          <Empty text='暂无新通知' hint='工会发布通知后会显示在这里' />
        ) : (
          home.notices.items.slice(0, NOTICES_SHOWN).map((n) => <NoticeCard key={n.id} notice={n} />)
        )}
      </Section>

      <Section title='近期活动' tab='events'>
        {home.events.length === 0 ? (
          <Empty text='暂无面向您的活动' hint='有新的福利活动时会显示在这里' />
        ) : (
          home.events.map((e) => <EventCard key={e.id} event={e} />)
        )}
      </Section>
    </View>
  );
}

function Section({
  title,
  tab,
  badge = 0,
  children,
}: {
  title: string;
  tab: TabPage;
  badge?: number;
  children: ReactNode;
}) {
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <View className='home__section-name'>
          <Text>{title}</Text>
          {badge > 0 && <Text className='uh-badge home__section-badge'>{badge}条未读</Text>}
        </View>
        <View className='uh-more' onClick={() => goTo(tab)}>
          <Text>全部</Text>
          <Icon name='chevron' tone='primary' />
        </View>
      </View>
      {children}
    </View>
  );
}
