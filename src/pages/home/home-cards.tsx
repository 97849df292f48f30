import { Text, View } from '@tarojs/components';
import type { HomeEvent, HomeNotice, HomePaper } from '@domain/contract/home';
import { EVENT_KIND_LABELS, REGISTRATION_STATE_LABELS, type RegistrationState } from '@domain/contract/event-model';
import { eventTimeText } from '@domain/rules/event-window';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { goTo, link } from '../../navigation';
import { registrationTone } from '../../components/RegistrationStatus/tone';

/** China time, whatever the phone's zone (members travel; the union's times are Beijing time). */
const when = eventTimeText;

const PAPER_STATE: Record<HomePaper['state'], { label: string; tag: string }> = {
  todo: { label: '待完成', tag: 'uh-tag--warn' },
  in_progress: { label: '答题中', tag: '' },
  passed: { label: '已通过', tag: 'uh-tag--ok' },
  failed: { label: '未通过', tag: 'uh-tag--danger' },
};

/** Labels from the event area's model (zod-free, safe to ship); unknown values show as they are. */
const isState = (s: string): s is RegistrationState => s in REGISTRATION_STATE_LABELS;
const kindLabel = (kind: string): string => (EVENT_KIND_LABELS as Record<string, string>)[kind] ?? '';

export function PaperCard({ paper }: { paper: HomePaper }) {
  const state = PAPER_STATE[paper.state];
  return (
    <View className='uh-card' onClick={link('paperIntro', { id: paper.id })}>
      <View className='home__card-head'>
        <Text className='uh-card__title home__card-title'>{paper.title}</Text>
        <Text className={`uh-tag ${state.tag}`}>{state.label}</Text>
      </View>
      <View className='uh-fact uh-fact--strong'>
        <Icon name='clock' />
        <Text>{when(paper.closesAt)} 截止</Text>
      </View>
      {paper.attemptsLeft !== null && (
        <View className='uh-fact'>
          <Icon name='refresh' />
          <Text>还可作答{paper.attemptsLeft}次</Text>
        </View>
      )}
    </View>
  );
}

export function EventCard({ event }: { event: HomeEvent }) {
  const mine = event.mine && isState(event.mine) ? event.mine : null;
  return (
    <View className='uh-card' onClick={link('eventDetail', { id: event.id })}>
      <View className='home__card-head'>
        <Text className='uh-card__title home__card-title'>{event.title}</Text>
        {mine && <Text className={`uh-tag uh-tag--${registrationTone(mine)}`}>{REGISTRATION_STATE_LABELS[mine]}</Text>}
      </View>
      {kindLabel(event.kind) && <Text className='uh-tag uh-tag--muted'>{kindLabel(event.kind)}</Text>}
      <View className='uh-fact uh-fact--strong'>
        <Icon name='clock' />
        <Text>报名截止 {when(event.signupClosesAt)}</Text>
      </View>
      <View className='uh-fact'>
        <Icon name='event' />
        <Text>{when(event.startsAt)} 开始</Text>
      </View>
      {event.placesLeft !== null && (
        <View className='uh-fact uh-fact--strong'>
          <Icon name='people' />
          <Text>{event.placesLeft > 0 ? `剩余 ${event.placesLeft} 个名额` : '名额已满'}</Text>
        </View>
      )}
      {mine === 'confirmed' && (
        <Button
          variant='ghost'
          size='small'
          icon='qr'
          className='home__card-code'
          onClick={() => goTo('checkinCode', { id: event.id })}
        >
          出示签到码
        </Button>
      )}
    </View>
  );
}

export function NoticeCard({ notice }: { notice: HomeNotice }) {
  return (
    <View className='uh-card' onClick={link('noticeDetail', { id: notice.id })}>
      <View className='uh-card__title home__notice-title'>
        {!notice.read && <Text className='uh-dot' />}
        {notice.pinned && <Text className='uh-tag uh-tag--warn'>置顶</Text>}
        <Text>{notice.title}</Text>
      </View>
      <View className='uh-fact'>
        <Text>
          {notice.category} · {when(notice.publishedAt)}
          {notice.read ? '' : ' · 未读'}
        </Text>
      </View>
    </View>
  );
}
