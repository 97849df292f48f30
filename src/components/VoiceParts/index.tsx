/** 职工心声's shared pieces (chips, status steps, promise tag, timeline), for its member and organizer subpackages. */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { MyImageView, TimelineEntryView } from '@domain/contract/voice-model';
import { chinaTime } from '@domain/rules/china-time';
import {
  VOICE_KIND_LABELS,
  VOICE_STATUS_LABELS,
  VOICE_STEPS,
  type VoiceKind,
  type VoiceStatus,
} from '@domain/rules/voice-request';
import { WAITING_LABELS, type WaitingState } from '@domain/rules/voice-promise';
import type { ChipSkin } from '../Chips';
import './index.scss';

/** How 职工心声's chips look: large pills a finger finds easily (components/Chips draws them). */
export const VOICE_CHIPS: ChipSkin = {
  list: 'voice-parts__chips',
  chip: 'voice-parts__chip',
  on: 'voice-parts__chip--on',
};

/** 已提交 → 已受理 → 处理中 → 已答复 → 已评价 (or 已关闭 in the last place). */
export function StatusSteps({ status }: { status: VoiceStatus }) {
  const reached = status === 'closed' ? VOICE_STEPS.length : VOICE_STEPS.indexOf(status) + 1;
  return (
    <View className='voice-parts__steps'>
      {VOICE_STEPS.map((s, i) => (
        <Text key={s} className={`voice-parts__step ${i < reached ? 'voice-parts__step--done' : ''}`}>
          {i === VOICE_STEPS.length - 1 && status === 'closed' ? '已关闭' : VOICE_STATUS_LABELS[s]}
        </Text>
      ))}
    </View>
  );
}

interface RequestHeadView {
  status: VoiceStatus;
  kind: VoiceKind;
  category: string;
}

/** The head of a request's card: where it stands, then its kind and category and the caller's own tags. */
export function RequestHead({ request, children }: { request: RequestHeadView; children?: ReactNode }) {
  return (
    <>
      <StatusSteps status={request.status} />
      <View>
        <Text className='uh-tag'>{VOICE_KIND_LABELS[request.kind]}</Text>
        <Text className='uh-tag uh-tag--muted'>{request.category}</Text>
        {children}
      </View>
    </>
  );
}

export const WAITING_TAG: Record<WaitingState, string> = {
  on_time: 'uh-tag--ok',
  due_today: 'uh-tag--warn',
  overdue: '',
};

export function WaitingTag({ waiting }: { waiting: WaitingState | null }) {
  if (!waiting) return null;
  return (
    <Text className={`uh-tag ${WAITING_TAG[waiting]} voice-parts__waiting voice-parts__waiting--${waiting}`}>
      {WAITING_LABELS[waiting]}
    </Text>
  );
}

export function Timeline({ entries }: { entries: TimelineEntryView[] }) {
  return (
    <View className='voice-parts__timeline'>
      {entries.map((e, i) => (
        <View
          key={i}
          className={`voice-parts__timeline-item ${e.kind === 'replied' ? 'voice-parts__timeline-item--reply' : ''}`}
        >
          <View className='uh-row'>
            <Text className='voice-parts__timeline-label'>{e.label}</Text>
            <Text className='uh-muted'>{chinaTime(e.at)}</Text>
          </View>
          {e.by && <View className='uh-muted'>{e.by}</View>}
          {e.text && <View className='voice-parts__timeline-text'>{e.text}</View>}
        </View>
      ))}
    </View>
  );
}

const IMAGE_STATE: Record<MyImageView['state'], string> = {
  checking: '检测中',
  pass: '',
  refused: '未通过检测，已隐藏',
};

/**
 * A request's photos; a tap opens them all full screen at the one tapped. The writer also sees the
 * ones WeChat's content check still holds or refused (no url), with why.
 */
export function RequestImages({ images }: { images: readonly (Pick<MyImageView, 'url'> & Partial<MyImageView>)[] }) {
  if (images.length === 0) return null;
  const urls = images.flatMap((x) => (x.url ? [x.url] : []));
  return (
    <View className='voice-parts__images'>
      {images.map((img, i) => (
        <View
          key={i}
          className='voice-parts__image'
          onClick={() => img.url && void Taro.previewImage({ urls, current: img.url })}
        >
          {img.url && <Image className='voice-parts__image-img' src={img.url} mode='aspectFill' />}
          {img.state && IMAGE_STATE[img.state] && (
            <Text className='voice-parts__image-state'>{IMAGE_STATE[img.state]}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
