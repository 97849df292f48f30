/**
 * Every collection of the cloud database, declared once, with the indexes its queries need.
 *
 * Read by the local cloud's setup step (which creates the tables and SQLite indexes) and by
 * `scripts/print-db-setup.ts`, which prints what to create by hand in the real WeChat environment
 * (collections, indexes, and the permission rule: every collection is closed to clients, because
 * the mini-program only ever talks to cloud functions).
 */
import { defineCollections } from './collection-spec';

export { CLIENT_PERMISSION, type CollectionSpec, type IndexSpec } from './collection-spec';

export const COLLECTIONS = defineCollections({
  units: {
    description: 'Org tree: branch company → brigade → grassroots union',
    indexes: [
      { name: 'parent', keys: { parentId: 1 } },
      { name: 'code', keys: { code: 1 }, unique: true },
    ],
  },
  members: {
    description:
      'One document per WeChat user (_id = OPENID): profile, unit (ids and names from the root), role, status',
    indexes: [
      { name: 'unit_status', keys: { unitId: 1, status: 1 } },
      { name: 'path', keys: { unitPath: 1 } },
      { name: 'employee', keys: { employeeNo: 1 } },
      // Organizer lists: pending approvals and members of a subtree, by status, in number order.
      { name: 'status_path_no', keys: { status: 1, unitPath: 1, employeeNo: 1 } },
    ],
  },
  employee_numbers: {
    description:
      'Claim of an employee number by one WeChat user (_id = employee number, openid): one member per number, atomically',
    indexes: [{ name: 'openid', keys: { openid: 1 } }],
  },
  number_disputes: {
    description:
      '这是我的工号 (_id = `${employeeNo}_${claimant openid}`): a claim on a number someone else registered, settled by an organizer',
    indexes: [
      { name: 'open_path', keys: { state: 1, unitPath: 1, createdAt: 1 } },
      { name: 'claimant', keys: { claimant: 1, state: 1 } },
    ],
  },
  audit_log: {
    description:
      'What organizers decided that moves identity: a 工号 given to its real owner or a dispute dismissed (who, when, why)',
    indexes: [{ name: 'subject_time', keys: { subject: 1, at: -1 } }],
  },
  roster: {
    description:
      'The union roster imported from Excel (_id = employee number): name, phone, unit; a registration matching name + number is verified at once',
    indexes: [{ name: 'unit', keys: { unitId: 1 } }],
  },
  messages: {
    description: 'In-app messages to one member (waitlist promotion, review result, reminders)',
    indexes: [
      { name: 'to_time', keys: { openid: 1, createdAt: -1 } },
      { name: 'to_unread', keys: { openid: 1, read: 1 } },
    ],
  },
  subscriptions: {
    description:
      'Subscription-message quota per member and template (_id = `${openid}_${kind}`): one accept = one send',
    indexes: [{ name: 'openid', keys: { openid: 1 } }],
  },
  // Quiz (issue 5). Field-by-field shapes: server/quiz/repos/*.ts. Every key is server-only.
  quiz_questions: {
    description:
      'Question bank: type single|multiple|judge, stem, options[], answer (option indexes), explanation, source (law and article), ' +
      'category (free text: 政策理论/日常业务/法律法规/心理疏导 or an organizer’s own), difficulty 1-3, tags[], ownerUnitId (shared with ' +
      'the owner’s subtree), status active|retired',
    indexes: [
      { name: 'status_category_type', keys: { status: 1, category: 1, type: 1 } },
      { name: 'owner_status', keys: { ownerUnitId: 1, status: 1 } },
      { name: 'tags', keys: { tags: 1 } },
      // The organizers' bank list (quizAdmin.listQuestions): a bank's questions, most recently changed first.
      { name: 'owner_status_updated', keys: { ownerUnitId: 1, status: 1, updatedAt: -1 } },
    ],
  },
  quiz_papers: {
    description:
      'Papers: audience (audienceUnits with subtree, audienceRoles), draw (random quotas per category/type[/difficulty] or a fixed list), ' +
      'shuffle flags, points per type, partialCredit, passScore, timeLimitMinutes, opensAt/closesAt, maxAttemptsTotal/PerDay (null = ' +
      'unlimited), counts best|last, status draft|published|withdrawn; `pool` freezes the questions (with keys) the draw picks from, so ' +
      'start reads one document. Lists project `pool` away.',
    indexes: [
      { name: 'audience', keys: { audienceUnits: 1, status: 1, closesAt: 1 } },
      { name: 'owner_time', keys: { ownerUnitId: 1, createdAt: -1 } },
    ],
  },
  quiz_attempts: {
    description:
      'One attempt of one member at one paper (_id = `${paperId}_${openid}_${n}`, n from 1): member snapshot (name, unitId, unitPath), ' +
      'the drawn questions (stem, options in this member’s order, per-attempt option tokens, the key as tokens, points; explanations stay ' +
      'in the paper’s pool to keep saves small), answers and review marks by index, deadline and acceptUntil (deadline + 30 s grace), ' +
      'rev; after marking: score, passed, usedSeconds, per-question earned, wrongQids, autoSubmitted. The source of truth for results, ' +
      'unit ranks, organizer statistics (page through it by paper_unit_status) and the wrong-answer book.',
    indexes: [
      { name: 'paper_member', keys: { paperId: 1, openid: 1, n: -1 } },
      { name: 'paper_unit_status', keys: { paperId: 1, unitId: 1, status: 1 } },
      { name: 'member_submitted', keys: { openid: 1, submittedAt: -1 } },
      { name: 'member_unfolded', keys: { openid: 1, folded: 1 } },
      { name: 'status_deadline', keys: { status: 1, acceptUntil: 1 } },
    ],
  },
  quiz_learners: {
    description:
      'One document per member (_id = OPENID): the wrong-answer book (items by question id, folded in from submitted attempts), the ' +
      'practice question in hand (with its key, server-only) and practice totals per year',
    indexes: [],
  },
  events: {
    description:
      'Welfare events (夏送清凉, 金秋助学, 冬送温暖, general): schedule, audience, form, eligibility rules, status; ' +
      'each is also its own counter document (`seats`: confirmed, pending, waiting, per-unit quota use and waiting, promotions, the filler lease), ' +
      'changed only by single conditional updates (no transaction)',
    indexes: [
      { name: 'aimed_live', keys: { audienceUnits: 1, audienceRoles: 1, status: 1, startsAt: 1 } },
      { name: 'owner_time', keys: { ownerUnitPath: 1, createdAt: -1 } },
      { name: 'status_time', keys: { status: 1, createdAt: -1 } },
    ],
  },
  registrations: {
    description:
      'One per event and member (_id = `${eventId}_${openid}`): state pending|confirmed|waitlisted|cancelled|removed|rejected, ' +
      "sign-up round, waitKey (the line's order), form answers, member snapshot (name, number, unit), promotion, removal reason, " +
      'checkedInAt, the 报名码 last shown (signupCode, signupCodeRound), and the outbox of messages it owes its member',
    indexes: [
      { name: 'mine', keys: { openid: 1, signedUpAt: -1 } },
      { name: 'event_state', keys: { eventId: 1, state: 1, signedUpAt: 1 } },
      { name: 'event_time', keys: { eventId: 1, signedUpAt: 1 } },
      // Organizer review queue (issue 8): pending applications of a subtree, oldest first.
      { name: 'state_path_time', keys: { state: 1, unitPath: 1, signedUpAt: 1 } },
      // Rosters and exports of one unit's subtree; check-in counts.
      { name: 'event_path_state', keys: { eventId: 1, unitPath: 1, state: 1, signedUpAt: 1 } },
      { name: 'event_checkin', keys: { eventId: 1, state: 1, checkedInAt: 1 } },
      // The waitlist: an event's waiting registrations in the order they joined (the database's clock).
      { name: 'event_line', keys: { eventId: 1, state: 1, waitKey: 1 } },
      // Messages a registration still owes its member (the outbox sweep).
      { name: 'event_outbox', keys: { eventId: 1, outboxDue: 1 } },
      // Check-in by 报名码, read out when the QR code cannot be scanned.
      { name: 'event_code', keys: { eventId: 1, signupCode: 1 } },
    ],
  },
  event_claims: {
    description:
      'Once-a-year benefit claims (_id = `${kind}_${year}_${openid}`, registrationId): created before the sign-up takes its place, ' +
      'removed when that registration ends, so a member holds one registration per kind and year',
    indexes: [{ name: 'openid', keys: { openid: 1 } }],
  },
  secrets: {
    description:
      'Server-only secrets made on first use (_id = purpose, e.g. `checkin`: the HMAC key that signs check-in QR codes), ' +
      'so no environment needs configuring; never returned by any action',
    indexes: [],
  },
  file_exports: {
    description:
      'Files functions wrote for one member to download (exports/<openid>/…): deleted a day after they were made',
    indexes: [{ name: 'made', keys: { createdAt: 1 } }],
  },
  export_log: {
    description:
      'Every roster export (issue 8): event, who, when, scope, whether personal data was exported in full, row counts, file',
    indexes: [
      { name: 'event_time', keys: { eventId: 1, at: -1 } },
      { name: 'by_time', keys: { by: 1, at: -1 } },
    ],
  },
  notices: {
    description: 'Notices: title, body blocks, category, audience (units + roles), pin, schedule, link, status',
    indexes: [
      { name: 'aimed_live', keys: { audienceUnits: 1, audienceRoles: 1, status: 1, pinned: -1, publishAt: -1 } },
      { name: 'owner_time', keys: { ownerUnitPath: 1, updatedAt: -1 } },
      { name: 'due', keys: { status: 1, enqueue: 1, publishAt: 1 } },
    ],
  },
  notice_reads: {
    description: 'Read receipts (_id = `${noticeId}_${openid}`): who read which notice, when, from which unit',
    indexes: [
      { name: 'notice_unit', keys: { noticeId: 1, unitId: 1 } },
      { name: 'reader', keys: { openid: 1, noticeId: 1 } },
    ],
  },
  notice_deliveries: {
    description:
      'Subscription-message result per member per notice (_id = `${noticeId}_${openid}`; reminders `${noticeId}_r${round}_${openid}`)',
    indexes: [{ name: 'notice_status', keys: { noticeId: 1, round: 1, status: 1 } }],
  },
  notice_queue: {
    description: 'Send queue: pages of up to 200 members per notice and round, worked through by notice.drainQueue',
    indexes: [
      { name: 'claimable', keys: { status: 1, leaseUntil: 1 } },
      { name: 'notice', keys: { noticeId: 1, round: 1 } },
    ],
  },
  notice_groups: {
    description:
      'Group reach (_id = `${noticeId}_${openGId}_${openid}`): a member opened a notice from a WeChat group card',
    indexes: [{ name: 'notice_group', keys: { noticeId: 1, openGId: 1 } }],
  },
  // 职工心声 (issue 21). Shapes: server/voice/repos/*.ts. The writer of a request is stored only as a
  // keyed hash (writerKey, for "my requests") and sealed (encrypted, for sending them replies):
  // organizer-facing reads project both away.
  voice_requests: {
    description:
      'Workers’ requests: kind, category, text, images (with content-check verdicts), anonymous flag, writerKey (HMAC of the writer), ' +
      'sealedWriter (encrypted openid, read only to notify the writer), writerName (named only), unit path, the unit chain with ' +
      'promise days and chained deadlines, stage (who handles it), status, timeline, rating, merges, outbox of notifications to send',
    indexes: [
      { name: 'writer_time', keys: { writerKey: 1, createdAt: -1 } },
      { name: 'path_status_due', keys: { unitPath: 1, status: 1, dueAt: 1 } },
      { name: 'path_time', keys: { unitPath: 1, createdAt: -1 } },
      { name: 'awaiting_due', keys: { awaiting: 1, dueAt: 1 } },
      { name: 'outbox', keys: { outboxCount: 1 } },
      { name: 'traces', keys: { traces: 1 } },
      { name: 'merged_into', keys: { mergedInto: 1 } },
    ],
  },
  voice_settings: {
    description:
      'Per union (_id = unitId): promised working days for a first reply and saved reply templates; `calendar`: added holidays',
    indexes: [],
  },
  surveys: {
    description:
      'Surveys: questions (single|multiple|rating|text), audience (units + roles), anonymous flag, status, closesAt, answer count, notification cursor',
    indexes: [
      { name: 'aimed_live', keys: { audienceUnits: 1, audienceRoles: 1, status: 1, closesAt: 1 } },
      { name: 'owner_time', keys: { ownerUnitPath: 1, updatedAt: -1 } },
      { name: 'notify', keys: { notifyState: 1 } },
    ],
  },
  survey_answers: {
    description:
      'One answer sheet per member and survey (_id = `${surveyId}_${keyed hash of the member}`): unit, role, answers; name only on named surveys',
    indexes: [{ name: 'survey_unit', keys: { surveyId: 1, unitId: 1 } }],
  },
  // Training plans and study hours (issue 20). Shapes: server/training/repos/*.ts. Every key is server-only.
  training_plans: {
    description:
      'A unit’s yearly plan (_id = `${year}_${unitId}`): required hours per subject for each audience (role × level of the member’s unit), ' +
      'deadline; inherited by the subtree and only ever tightened below',
    indexes: [{ name: 'year_path', keys: { year: 1, unitPath: 1 } }],
  },
  training_ledgers: {
    description:
      'One ledger per member and year (_id = `${year}_${openid}`): entries (source quiz|meeting|lesson|essay, ref, subject, hours, at, ' +
      'proof), `keys` (one per source item, so an item is credited once), totals per subject, member snapshot (name, unitId, unitPath); ' +
      'written only by the server with one conditional update per credit; rollups read them by id',
    indexes: [],
  },
  training_lessons: {
    description:
      'Lessons (学习资料): title, subject, hours, minimum study seconds, rich text blocks or a 公众号 link, audience (units + roles), ' +
      'owner unit, status draft|published|withdrawn',
    indexes: [
      { name: 'aimed_live', keys: { audienceUnits: 1, audienceRoles: 1, status: 1, publishedAt: -1 } },
      { name: 'owner_time', keys: { ownerUnitPath: 1, updatedAt: -1 } },
    ],
  },
  training_studies: {
    description:
      'A member’s opening of a lesson (_id = `${lessonId}_${openid}`): session token and start on the server’s clock, finish',
    indexes: [],
  },
  training_essays: {
    description:
      '心得 / 经验总结 (_id derived from member, year and text, so the same text is the same 心得): subject, text, images, share consent, ' +
      'author snapshot (name, unitPath), state pending|accepted|returned, comment, hours, reviewer',
    indexes: [
      { name: 'author_time', keys: { openid: 1, submittedAt: -1 } },
      { name: 'state_path_time', keys: { state: 1, unitPath: 1, submittedAt: 1 } },
      { name: 'shared_path_time', keys: { state: 1, share: 1, unitPath: 1, reviewedAt: -1 } },
    ],
  },
  training_certificates: {
    description:
      'Certificates of hours (_id = the verification code): member, year, name, unit, hours per subject as issued',
    indexes: [{ name: 'member_year', keys: { openid: 1, year: 1 } }],
  },
});

export type CollectionName = keyof typeof COLLECTIONS;
