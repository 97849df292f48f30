/** A month of requests as .xlsx. The writer column is the writer's name, or 匿名职工: nothing else about them exists here. */
import { chinaDate, chinaStamp } from '../../../domain/rules/china-time';
import { RATING_LABELS, VOICE_KIND_LABELS, VOICE_STATUS_LABELS } from '../../../domain/rules/voice-request';
import { ms } from '../../lib/time';
import { sheet, writeWorkbook } from '../../sheets/write';
import type { OrganizerDoc } from '../repos/requests';
import { toQueueRow } from '../views';

export function requestsWorkbook(docs: OrganizerDoc[], now: Date): Promise<Buffer> {
  const rows = docs.map((d) => ({ d, row: toQueueRow(d, now) }));
  return writeWorkbook([
    sheet({
      name: '职工心声',
      columns: [
        { header: '提交时间', width: 17, value: ({ d }) => chinaStamp(ms(d.createdAt)) },
        { header: '类型', width: 6, value: ({ d }) => VOICE_KIND_LABELS[d.kind] },
        { header: '分类', width: 10, value: ({ d }) => d.category },
        { header: '所在单位', width: 16, value: ({ d }) => d.unitName },
        { header: '反映人', width: 10, value: ({ row }) => row.writer },
        { header: '内容', width: 50, value: ({ d }) => d.text },
        { header: '状态', width: 8, value: ({ d }) => VOICE_STATUS_LABELS[d.status] },
        { header: '当前办理', width: 16, value: ({ row }) => row.handler },
        { header: '承诺答复日', width: 14, value: ({ d }) => chinaDate(ms(d.promisedBy) - 1) },
        { header: '首次答复', width: 17, value: ({ d }) => (d.firstReplyAt ? chinaStamp(ms(d.firstReplyAt)) : '') },
        { header: '按时答复', width: 8, value: ({ d }) => (d.onTime === null ? '' : d.onTime ? '是' : '否') },
        { header: '评价', width: 8, value: ({ d }) => (d.rating ? RATING_LABELS[d.rating] : '') },
        { header: '采纳', width: 6, value: ({ d }) => (d.adopted ? '是' : '') },
      ],
      rows,
    }),
  ]);
}
