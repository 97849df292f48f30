import type { trainingContract } from '../../../domain/contract/training';
import type { Handler } from '../../lib/dispatch';
import { imageLinks } from '../images';
import { myEssays as listMine } from '../repos/essays';
import { essayView } from '../views';

/** My 心得, newest first, with their review (2 requests). */
export const myEssays: Handler<typeof trainingContract.myEssays> = async (_input, ctx) => {
  const essays = await listMine(ctx.member._id);
  const urls = await imageLinks(essays.flatMap((e) => e.images));
  return essays.map((e) => essayView(e, urls));
};
