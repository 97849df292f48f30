import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Leaderboard as Board, MemberStanding, UnitStanding } from '@domain/contract/quiz-admin-model';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { duration, score } from '../../../utils/quiz-format';
import { link } from '../../../navigation';
import { Empty } from '../../../components/Empty';
import './index.scss';

type UnitOrder = 'byParticipation' | 'byAverage';

/** A paper's standings as members see them: my unit's ranking and the units ranked against each other. */
export default function Leaderboard() {
  const [paperId, setPaperId] = useState<string>();
  const { data, error, loading, reload } = useLoad(
    () => call('quiz', 'getLeaderboard', paperId ? { paperId } : {}),
    [paperId],
  );
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <Body board={data} onPaper={setPaperId} />}
    </Screen>
  );
}

function Body({ board, onPaper }: { board: Board; onPaper: (id: string) => void }) {
  const [order, setOrder] = useState<UnitOrder>('byParticipation');
  if (!board.paper) return <Empty text='还没有可以查看排行的考试' hint='考试结束后，这里会显示排行' icon='trophy' />;
  const paper = board.paper;
  const mine = board.myUnit;
  const meInTop = mine?.top.some((m) => m.me) ?? false;
  return (
    <View className='uh-section study-leaderboard'>
      {board.papers.length > 1 && (
        <View className='study-leaderboard__papers'>
          {board.papers.map((p) => (
            <Text
              key={p.id}
              className={`study-leaderboard__paper ${p.id === paper.id ? 'study-leaderboard__paper--on' : ''}`}
              onClick={() => onPaper(p.id)}
            >
              {p.title}
            </Text>
          ))}
        </View>
      )}
      <View className='uh-card'>
        <View className='uh-card__title'>{paper.title}</View>
        <View className='uh-card__meta'>
          {paper.window === 'open'
            ? '考试进行中，排名随交卷实时变化'
            : paper.window === 'closed'
              ? '考试已结束'
              : '考试未开始'}
        </View>
        {board.certificate && (
          <Button className='uh-btn study-leaderboard__cert' onClick={link('certificate', { paperId: paper.id })}>
            查看我的合格证书
          </Button>
        )}
      </View>

      {mine && (
        <View className='uh-card'>
          <View className='uh-card__title'>{mine.unitName}内排名</View>
          <View className='uh-muted'>共 {mine.of} 人交卷，按成绩、用时排名</View>
          {mine.top.map((m) => (
            <MemberLine key={`${m.rank}-${m.name}-${m.usedSeconds}`} m={m} />
          ))}
          {!meInTop && mine.me && (
            <>
              <View className='study-leaderboard__gap'>…</View>
              <MemberLine m={mine.me} />
            </>
          )}
          {!mine.me && <View className='uh-muted study-leaderboard__none'>您还没有交卷</View>}
        </View>
      )}

      {board.units && (
        <View className='uh-card'>
          <View className='uh-card__title'>{board.units.levelLabel}排名</View>
          <View className='study-leaderboard__tabs'>
            {(
              [
                ['byParticipation', '按参与率'],
                ['byAverage', '按平均分'],
              ] as const
            ).map(([k, label]) => (
              <Text
                key={k}
                className={`study-leaderboard__tab ${order === k ? 'study-leaderboard__tab--on' : ''}`}
                onClick={() => setOrder(k)}
              >
                {label}
              </Text>
            ))}
          </View>
          {board.units[order].map((u) => (
            <UnitLine key={u.unitId} u={u} mine={u.name === mine?.unitName} />
          ))}
        </View>
      )}
    </View>
  );
}

function MemberLine({ m }: { m: MemberStanding }) {
  return (
    <View className={`study-leaderboard__line ${m.me ? 'study-leaderboard__line--me' : ''}`}>
      <Text className='study-leaderboard__rank'>{m.rank}</Text>
      <Text className='study-leaderboard__name'>{m.me ? `${m.name}（我）` : m.name}</Text>
      <Text className='uh-muted'>{duration(m.usedSeconds)}</Text>
      <Text className='study-leaderboard__score'>{score(m.score)}分</Text>
    </View>
  );
}

function UnitLine({ u, mine }: { u: UnitStanding; mine: boolean }) {
  return (
    <View className={`study-leaderboard__line ${mine ? 'study-leaderboard__line--me' : ''}`}>
      <Text className='study-leaderboard__rank'>{u.rank}</Text>
      <View className='study-leaderboard__name'>
        <View>{u.name}</View>
        <View className='uh-muted'>
          参加 {u.taken}/{u.aimed}
        </View>
      </View>
      <Text className='study-leaderboard__figure'>{u.participation === null ? '-' : `${u.participation}%`}</Text>
      <Text className='study-leaderboard__figure'>{u.average === null ? '-' : `${score(u.average)}分`}</Text>
    </View>
  );
}
