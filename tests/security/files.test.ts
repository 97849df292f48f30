/**
 * Issue 16, item 3, written as the attacks: other people's files. Uploads go to a path the server
 * decides and that names the uploader; every action taking a file id refuses anyone else's (and
 * writes nothing); proof links are made only for the registrant's own uploads and no list carries a
 * raw file id; exports sit under their owner's path and are deleted a day later.
 */
import { PERSONAS } from '../../demo/union';
import { COLLECTIONS } from '../../domain/collections';
import { cloudForFile } from '../support/cloud';
import { codeOf } from '../support/outcome';
import { simpleBook } from '../support/workbook';
import { ROSTER_HEADER } from '../member/support';
import { AID_FIELDS, PNG, applyWithProof, publishAidEvent } from '../event-admin/support';

const cloud = cloudForFile();
const ADMIN = PERSONAS.admin.openid;
const ORG = PERSONAS.organizer.openid;
const ORG2 = PERSONAS.organizer2.openid;
const WORKER = PERSONAS.worker.openid;
const WORKER2 = PERSONAS.worker2.openid;

const snapshot = () => JSON.stringify(Object.keys(COLLECTIONS).map((c) => [c, cloud.dump(c)]));
const put = (path: string, content: Buffer = PNG) => cloud.host.storage.put(path, content, 'client:test');

const rosterFile = () => simpleBook('名册', ROSTER_HEADER, [['韩梅', 'QH40001', '13912350001', 'QH01-02-01']]);

describe('where uploads go', () => {
  it('the server decides the path, under the caller, by kind and role', async () => {
    const { cloudPath } = await cloud.ok(WORKER, 'member', 'getUploadPath', { purpose: 'proof', ext: 'jpg' });
    expect(cloudPath).toMatch(new RegExp(`^uploads/${WORKER}/proof/\\d+-[0-9a-f]{16}\\.jpg$`));
    expect(await codeOf(cloud.call(WORKER, 'member', 'getUploadPath', { purpose: 'roster', ext: 'xlsx' }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(cloud.call(ORG, 'member', 'getUploadPath', { purpose: 'roster', ext: 'png' }))).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('a foreign file id', () => {
  it('as “my proof” in a sign-up: refused, nothing written', async () => {
    const eventId = await publishAidEvent(cloud, ADMIN, 5);
    const { fileID: theirs } = await applyWithProof(cloud, WORKER2, eventId);
    const before = snapshot();
    for (const fileID of [theirs, put('event-uploads/legacy/a.png'), put(`uploads/${WORKER}/notice/x.png`)]) {
      const env = await cloud.call(WORKER, 'event', 'signUp', {
        eventId,
        answers: [
          { fieldId: 'f1', value: '张晓宇' },
          { fieldId: 'f2', value: fileID },
          { fieldId: 'f3', value: '370502199001011234' },
        ],
      });
      expect(env.ok ? 'OK' : env.error.code).toBe('BAD_REQUEST');
    }
    expect(snapshot()).toBe(before);
  });

  it('stored before uploads were checked: never signed into a proof link', async () => {
    const eventId = await publishAidEvent(cloud, ADMIN, 5, { fields: AID_FIELDS });
    const { registrationId } = await applyWithProof(cloud, WORKER, eventId);
    // Plant someone else's file as this registration's proof, as old data might hold it.
    const foreign = put(`uploads/${WORKER2}/proof/secret.png`);
    const stored = cloud
      .dump<{ _id: string; answers: { fieldId: string; value: unknown }[] }>('registrations')
      .find((r) => r._id === registrationId)!;
    const answers = stored.answers.map((a) => (a.fieldId === 'f2' ? { ...a, value: foreign } : a));
    await cloud.db.collection('registrations').doc(registrationId).update({ data: { answers } });
    expect((await cloud.ok(ORG, 'eventAdmin', 'getProofs', { registrationId })).images).toEqual([]);
    const queue = await cloud.ok(ORG, 'eventAdmin', 'listReviewQueue', { page: 1, pageSize: 50 });
    expect(queue.items.find((i) => i.registrationId === registrationId)?.proofs).toEqual([]);
  });

  it('the registrations an organizer lists never carry a raw file id', async () => {
    const eventId = await publishAidEvent(cloud, ADMIN, 5, { needsReview: false });
    await applyWithProof(cloud, WORKER, eventId);
    const list = await cloud.ok(ADMIN, 'event', 'listRegistrations', { eventId, page: 1, pageSize: 20 });
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain('cloud://');
  });

  it('to import a roster or questions: another organizer’s upload is NOT_FOUND, nothing written', async () => {
    const content = await rosterFile();
    const theirs = put(`uploads/${ORG2}/roster/r.xlsx`, content);
    const mine = put(`uploads/${ORG}/roster/r.xlsx`, content);
    const before = snapshot();
    expect(await codeOf(cloud.call(ORG, 'member', 'importRoster', { fileId: theirs, commit: true }))).toBe('NOT_FOUND');
    expect(await codeOf(cloud.call(ADMIN, 'member', 'importRoster', { fileId: mine, commit: true }))).toBe('NOT_FOUND');
    // My own file, but uploaded for another purpose.
    expect(await codeOf(cloud.call(ORG, 'quizAdmin', 'importQuestions', { fileId: mine, commit: true }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(
        cloud.call(ORG, 'quizAdmin', 'importQuestions', {
          fileId: put(`uploads/${ORG2}/questions/q.xlsx`, content),
          commit: false,
        }),
      ),
    ).toBe('NOT_FOUND');
    // Another environment's id, and a path climbing out of the folder.
    expect(
      await codeOf(
        cloud.call(ORG, 'member', 'importRoster', { fileId: mine.replace('union-local', 'other-env'), commit: false }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        cloud.call(ORG, 'member', 'importRoster', {
          fileId: mine.replace('/roster/', '/roster/../../'),
          commit: false,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(snapshot()).toBe(before);
  });

  it('as a notice body image: refused, nothing written; the notice’s own images stay editable', async () => {
    const proof = put(`uploads/${WORKER}/proof/letter.png`);
    const before = snapshot();
    const env = await cloud.call(ORG, 'notice', 'save', {
      title: '通知',
      category: '通知',
      blocks: [
        { type: 'p', text: '见图' },
        { type: 'img', fileID: proof },
      ],
      audience: { units: ['u-brigade-1'], roles: [] },
    });
    expect(env.ok ? 'OK' : env.error.code).toBe('BAD_REQUEST');
    expect(snapshot()).toBe(before);

    const own = put(`uploads/${ORG}/notice/cover.png`);
    const { id } = await cloud.ok(ORG, 'notice', 'save', {
      title: '通知',
      category: '通知',
      blocks: [
        { type: 'p', text: '见图' },
        { type: 'img', fileID: own },
      ],
      audience: { units: ['u-brigade-1'], roles: [] },
    });
    // Another organizer of the unit above edits it: the images already in it may stay.
    expect(
      (
        await cloud.ok(ADMIN, 'notice', 'save', {
          id,
          title: '通知（更正）',
          category: '通知',
          blocks: [
            { type: 'p', text: '见图' },
            { type: 'img', fileID: own },
          ],
          audience: { units: ['u-brigade-1'], roles: [] },
        })
      ).id,
    ).toBe(id);
  });
});

describe('exports', () => {
  it('go under the owner’s path and are deleted a day later, by the next export', async () => {
    const first = await cloud.ok(ORG, 'quizAdmin', 'getQuestionTemplate', {});
    expect(first.fileID).toContain(`/exports/${ORG}/templates/`);
    expect(cloud.host.storage.read(first.fileID)).not.toBeNull();
    // A day and a bit later...
    const [rec] = cloud.dump<{ _id: string; fileID: string }>('file_exports').filter((r) => r.fileID === first.fileID);
    await cloud.db
      .collection('file_exports')
      .doc(rec._id)
      .update({ data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    const second = await cloud.ok(ADMIN, 'quizAdmin', 'getQuestionTemplate', {});
    expect(second.fileID).toContain(`/exports/${ADMIN}/templates/`);
    expect(cloud.host.storage.read(first.fileID)).toBeNull();
    expect(cloud.dump<{ fileID: string }>('file_exports').map((r) => r.fileID)).toEqual([second.fileID]);
  });
});

describe('the uploads int2 added: 心得 images, lesson images, and the newer exports', () => {
  const essayText =
    '通过学习工会法，我认识到维护职工合法权益是工会的基本职责。今后在班组里要多听职工的意见，把困难职工的情况及时反映给工会，做到门好进、脸好看、事好办。';

  it('a 心得 takes only its author’s own essay uploads; anything else is refused, nothing written', async () => {
    const { cloudPath } = await cloud.ok(WORKER, 'member', 'getUploadPath', { purpose: 'essay', ext: 'png' });
    expect(cloudPath).toMatch(new RegExp(`^uploads/${WORKER}/essay/`));
    const before = snapshot();
    for (const fileID of [
      put(`uploads/${WORKER2}/proof/letter.png`),
      put(`uploads/${WORKER2}/essay/theirs.png`),
      put(`uploads/${WORKER}/proof/mine-but-a-proof.png`),
      put('essay-uploads/legacy.png'),
    ]) {
      const env = await cloud.call(WORKER, 'training', 'submitEssay', {
        title: '学习体会',
        text: essayText,
        subject: 'law',
        images: [fileID],
        share: false,
      });
      expect(env.ok ? 'OK' : env.error.code).toBe('BAD_REQUEST');
    }
    expect(snapshot()).toBe(before);

    const own = put(cloudPath);
    const essay = await cloud.ok(WORKER, 'training', 'submitEssay', {
      title: '学习体会',
      text: essayText,
      subject: 'law',
      images: [own],
      share: false,
    });
    expect(essay.images.map((i) => i.fileID)).toEqual([own]);
  });

  it('a 心得 image stored before uploads were checked is never signed, for the author or the reviewer', async () => {
    const essay = cloud
      .dump<{ _id: string; openid: string; title: string }>('training_essays')
      .find((e) => e.openid === WORKER && e.title === '学习体会')!;
    const foreign = put(`uploads/${WORKER2}/proof/secret.png`);
    await cloud.db
      .collection('training_essays')
      .doc(essay._id)
      .update({ data: { images: [foreign] } });
    const queue = await cloud.ok(ORG, 'trainingAdmin', 'listEssayQueue', { page: 1, pageSize: 50 });
    expect(queue.items.find((e) => e.id === essay._id)?.images).toEqual([]);
    const mine = await cloud.ok(WORKER, 'training', 'listMyEssays', {});
    expect(mine.find((e) => e.id === essay._id)?.images).toEqual([]);
    expect(JSON.stringify([queue, mine])).not.toContain(foreign);
  });

  it('a lesson body image must be the organizer’s own upload or already in the lesson', async () => {
    const lesson = (fileID: string) => ({
      title: '工会法第六条学习',
      summary: '',
      credit: { subject: 'law' as const, hours: 1 },
      minSeconds: 60,
      format: 'text' as const,
      blocks: [
        { type: 'p' as const, text: '见图' },
        { type: 'img' as const, fileID },
      ],
      audienceUnits: ['u-brigade-1'],
      audienceRoles: [],
    });
    const before = snapshot();
    const proof = put(`uploads/${WORKER}/proof/letter.png`);
    expect(await codeOf(cloud.call(ORG, 'trainingAdmin', 'saveLesson', { lesson: lesson(proof) }))).toBe('BAD_REQUEST');
    expect(snapshot()).toBe(before);

    const own = put(`uploads/${ORG}/notice/slide.png`);
    const saved = await cloud.ok(ORG, 'trainingAdmin', 'saveLesson', { lesson: lesson(own) });
    // The admin edits it: the image already in it stays; a foreign one still may not come in.
    expect((await cloud.ok(ADMIN, 'trainingAdmin', 'saveLesson', { lessonId: saved.id, lesson: lesson(own) })).id).toBe(
      saved.id,
    );
    expect(
      await codeOf(cloud.call(ADMIN, 'trainingAdmin', 'saveLesson', { lessonId: saved.id, lesson: lesson(proof) })),
    ).toBe('BAD_REQUEST');
  });

  it('the roster template, the study-hours ledger and the 职工心声 export go under their maker’s path', async () => {
    const template = await cloud.ok(ORG, 'member', 'getRosterTemplate', {});
    expect(template.fileID).toContain(`/exports/${ORG}/templates/`);
    const ledger = await cloud.ok(ORG, 'trainingAdmin', 'exportLedger', { year: new Date().getFullYear() });
    expect(ledger.fileID).toContain(`/exports/${ORG}/training/`);
    const voice = await cloud.ok(ORG, 'voiceAdmin', 'exportRequests', {});
    expect(voice.fileID).toContain(`/exports/${ORG}/voice/`);
    const recorded = cloud.dump<{ fileID: string; owner: string }>('file_exports');
    for (const f of [template, ledger, voice])
      expect(recorded).toContainEqual(expect.objectContaining({ fileID: f.fileID, owner: ORG }));
  });
});
