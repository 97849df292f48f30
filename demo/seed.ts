import type { SeedDb } from './db';
import { seedMembers } from './seed-members';
import { seedEvents } from './seed-events';
import { seedNotices } from './seed-notices';
import { seedQuiz } from './seed-quiz';
import { seedVoice } from './seed-voice';
import { seedTraining } from './seed-training';

/**
 * Loads the demo union into an empty database: run by `npm start` on first run and by browser tests.
 * Each area adds its own seeder here, in dependency order (members first: everything aims at units).
 */
const SEEDERS: { name: string; run: (db: SeedDb, now: Date) => Promise<void> }[] = [
  { name: 'members', run: seedMembers },
  { name: 'quiz', run: seedQuiz },
  { name: 'events', run: seedEvents },
  // After events: the demo notice links to the seeded 夏送清凉 event.
  { name: 'notices', run: seedNotices },
  { name: 'voice', run: seedVoice },
  // After quiz and members: gives the open demo paper its study hours, and meets the demo members.
  { name: 'training', run: seedTraining },
];

export async function seedDemo(db: SeedDb, now = new Date()): Promise<void> {
  for (const s of SEEDERS) await s.run(db, now);
}
