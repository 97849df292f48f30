import { Text, View } from '@tarojs/components';
import type { SubjectStanding } from '@domain/rules/training-progress';
import { STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';

export interface SubjectBarsProps {
  subjects: SubjectStanding[];
}

/** One bar per subject: earned against required (full when nothing is required but hours were earned). */
export function SubjectBars({ subjects }: SubjectBarsProps) {
  return (
    <View className='training-bars'>
      {subjects.map((s) => {
        const share = s.required > 0 ? Math.min(1, s.earned / s.required) : s.earned > 0 ? 1 : 0;
        return (
          <View key={s.subject} className={`training-bar training-bar--${s.subject}`}>
            <View className='uh-row'>
              <Text>{STUDY_SUBJECT_LABELS[s.subject]}</Text>
              <Text className='training-bar__figure'>
                {hoursText(s.earned)} / {hoursText(s.required)}
                {s.left > 0 ? `（差${hoursText(s.left)}）` : s.required > 0 ? ' ✓' : ''}
              </Text>
            </View>
            <View className='training-bar__track'>
              <View
                className={`training-bar__fill ${s.left === 0 && s.required > 0 ? 'training-bar__fill--done' : ''}`}
                style={{ width: `${Math.round(share * 100)}%` }}
              />
            </View>
          </View>
        );
      })}
    </View>
  );
}
