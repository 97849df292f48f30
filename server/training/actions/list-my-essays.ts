import type { trainingContract } from '../../../domain/contract/training';
import type { Handler } from '../../lib/dispatch';
import { essayImages, imageLinks } from '../images';
import { myEssays as listMine } from '../repos/essays';
import { essayView } from '../views';

/** My 心得, newest first, with their review (2 requests). */
export const listMyEssays: Handler<typeof trainingContract.listMyEssays> = async (_input, ctx) => {
  const essays = await listMine(ctx.member._id);
  const own = essays.map((e) => ({ ...e, images: essayImages(e) }));
  const urls = await imageLinks(own.flatMap((e) => e.images));
  return own.map((e) => essayView(e, urls));
};
