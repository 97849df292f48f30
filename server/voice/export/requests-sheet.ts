/** A month of requests as .xlsx. The writer column is the writer's name, or 匿名职工: nothing else about them exists here. */
import { chinaDate, chinaStamp } from '../../../domain/rules/china-time';
import { RATING_LABELS, VOICE_KIND_LABELS, VOICE_STATUS_LABELS } from '../../../domain/rules/voice-request';
import { ms } from '../../lib/time';
import { newWorkbook, styleHeader, toBuffer } from '../../lib/sheets/workbook';
import type { OrganizerDoc } from '../repos/requests';
import { toQueueRow } from '../views';

export async function requestsWorkbook(docs: OrganizerDoc[], now: Date): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('职工心声');
  sheet.columns = [
    { header: '提交时间', key: 'at', width: 17 },
    { header: '类型', key: 'kind', width: 6 },
    { header: '分类', key: 'category', width: 10 },
    { header: '所在单位', key: 'unit', width: 16 },
    { header: '反映人', key: 'writer', width: 10 },
    { header: '内容', key: 'text', width: 50 },
    { header: '状态', key: 'status', width: 8 },
    { header: '当前办理', key: 'handler', width: 16 },
    { header: '承诺答复日', key: 'promise', width: 14 },
    { header: '首次答复', key: 'firstReply', width: 17 },
    { header: '按时答复', key: 'onTime', width: 8 },
    { header: '评价', key: 'rating', width: 8 },
    { header: '采纳', key: 'adopted', width: 6 },
  ];
  for (const d of docs) {
    const row = toQueueRow(d, now);
    sheet.addRow({
      at: chinaStamp(ms(d.createdAt)),
      kind: VOICE_KIND_LABELS[d.kind],
      category: d.category,
      unit: d.unitName,
      writer: row.writer,
      text: d.text,
      status: VOICE_STATUS_LABELS[d.status],
      handler: row.handler,
      promise: chinaDate(ms(d.promisedBy) - 1),
      firstReply: d.firstReplyAt ? chinaStamp(ms(d.firstReplyAt)) : '',
      onTime: d.onTime === null ? '' : d.onTime ? '是' : '否',
      rating: d.rating ? RATING_LABELS[d.rating] : '',
      adopted: d.adopted ? '是' : '',
    });
  }
  styleHeader(sheet);
  return toBuffer(wb);
}
