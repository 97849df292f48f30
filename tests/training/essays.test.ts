/**
 * A 心得 (a member's written reflection) credits once, and only when accepted: words WeChat refuses
 * are never stored, a resubmission is the same 心得, a second accept credits nothing more, a returned
 * one goes back to the queue; shared ones reach the unit. Organizers of another brigade get NOT_FOUND.
 * The other sources of hours are in credits.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { storedEntries, storedTotal } from './support';
import { expectError } from '../support/outcome';

const { admin, organizer, organizer2, cadre, worker, worker2 } = PERSONAS;

const cloud = cloudForFile();

describe('a 心得', () => {
  const text =
    '通过学习工会法，我认识到维护职工合法权益是工会的基本职责。今后在班组里要多听职工的意见，把困难职工的情况及时反映给工会，做到门好进、脸好看、事好办。';

  it('with words WeChat refuses is not stored, and the member is told why', async () => {
    const before = cloud.dump('training_essays').length;
    for (const words of [
      { title: '学习体会', text: `${text}宿舍里有人组织赌博。` },
      { title: '做菜的人是傻逼', text },
    ]) {
      const env = await cloud.call(worker.openid, 'training', 'submitEssay', { ...words, subject: 'law', share: true });
      expectError(env, 'BAD_REQUEST');
      expect(env.ok ? '' : env.error.message).toMatch(/^抱歉，您的内容未通过微信内容安全检测/);
    }
    expect(cloud.dump('training_essays')).toHaveLength(before);
    expect(JSON.stringify(cloud.dump('training_essays'))).not.toMatch(/赌博|傻逼/);
  });

  it('is the same 心得 when resubmitted, credited once when accepted, and refused once accepted', async () => {
    const submitted = await cloud.ok(worker2.openid, 'training', 'submitEssay', {
      title: '学习工会法的体会',
      text,
      subject: 'law',
      share: true,
    });
    const again = await cloud.ok(worker2.openid, 'training', 'submitEssay', {
      title: '学习工会法的体会（修改标题）',
      text: `  ${text}  `,
      subject: 'law',
      share: true,
    });
    expect(again.id).toBe(submitted.id);
    expect(cloud.dump<{ openid: string }>('training_essays').filter((e) => e.openid === worker2.openid)).toHaveLength(
      1,
    );

    // Brigade 2's organizer cannot see or review it.
    expect(
      (await cloud.ok(organizer2.openid, 'trainingAdmin', 'listEssayQueue', {})).items.map((e) => e.id),
    ).not.toContain(submitted.id);
    expectError(
      await cloud.call(organizer2.openid, 'trainingAdmin', 'reviewEssay', {
        essayId: submitted.id,
        decision: 'accept',
        hours: 1,
      }),
      'NOT_FOUND',
    );

    const queue = await cloud.ok(organizer.openid, 'trainingAdmin', 'listEssayQueue', {});
    expect(queue.items.find((e) => e.id === submitted.id)).toMatchObject({
      authorName: '陈明',
      title: '学习工会法的体会（修改标题）',
    });
    const before = storedTotal(cloud, worker2.openid);
    const accepted = await cloud.ok(organizer.openid, 'trainingAdmin', 'reviewEssay', {
      essayId: submitted.id,
      decision: 'accept',
      hours: 1,
      comment: '体会深刻',
    });
    expect(accepted).toMatchObject({ state: 'accepted', credited: true, hours: 1 });
    expect(storedTotal(cloud, worker2.openid)).toBe(before + 1);
    // A second accept (a double tap, another organizer) credits nothing more; a return is refused.
    expect(
      await cloud.ok(admin.openid, 'trainingAdmin', 'reviewEssay', {
        essayId: submitted.id,
        decision: 'accept',
        hours: 2,
      }),
    ).toMatchObject({ credited: false, hours: 1 });
    expectError(
      await cloud.call(admin.openid, 'trainingAdmin', 'reviewEssay', {
        essayId: submitted.id,
        decision: 'return',
        comment: '重写',
      }),
      'CONFLICT',
    );
    expectError(
      await cloud.call(worker2.openid, 'training', 'submitEssay', {
        title: '再交一次',
        text,
        subject: 'law',
        share: true,
      }),
      'CONFLICT',
    );
    expect(storedEntries(cloud, worker2.openid, `essay:${submitted.id}`)).toHaveLength(1);
    expect(storedTotal(cloud, worker2.openid)).toBe(before + 1);

    const told = cloud
      .dump<{ openid: string; kind: string; title: string }>('messages')
      .filter((m) => m.openid === worker2.openid && m.title === '心得审核结果');
    expect(told).toHaveLength(1);
    // Shared with the unit (工作交流), as the author agreed.
    const shared = await cloud.ok(worker2.openid, 'training', 'listSharedEssays', {});
    expect(shared.items.map((e) => e.id)).toContain(submitted.id);
  });

  it('returned, goes back to the queue when handed in again', async () => {
    const own = `${text}我还要把学到的法律知识讲给班组的同事听。`;
    const e = await cloud.ok(cadre.openid, 'training', 'submitEssay', { title: '班组普法', text: own, subject: 'law' });
    await cloud.ok(organizer.openid, 'trainingAdmin', 'reviewEssay', {
      essayId: e.id,
      decision: 'return',
      comment: '请结合本队实例',
    });
    expect((await cloud.ok(cadre.openid, 'training', 'listMyEssays', {})).find((x) => x.id === e.id)).toMatchObject({
      state: 'returned',
      comment: '请结合本队实例',
      hours: 0,
    });
    expect(storedEntries(cloud, cadre.openid, `essay:${e.id}`)).toHaveLength(0);
    const back = await cloud.ok(cadre.openid, 'training', 'submitEssay', {
      title: '班组普法（补充实例）',
      text: own,
      subject: 'law',
    });
    expect(back).toMatchObject({ id: e.id, state: 'pending' });
    // Not shared: colleagues do not see it even once accepted.
    await cloud.ok(organizer.openid, 'trainingAdmin', 'reviewEssay', { essayId: e.id, decision: 'accept', hours: 0.5 });
    expect((await cloud.ok(worker.openid, 'training', 'listSharedEssays', {})).items.map((x) => x.id)).not.toContain(
      e.id,
    );
  });
});
