/**
 * src/api: a repeatable call that timed out or lost its connection is sent once more, after a
 * pause, while the member is told 网络不好，正在重试; other calls fail at once; a second failure
 * fails with the network message.
 */
jest.mock('../../src/api/transport', () => ({ transport: jest.fn() }));

// eslint-disable-next-line import/first
import Taro from '@tarojs/taro';
// eslint-disable-next-line import/first
import { call, RETRY_MESSAGE } from '../../src/api';
// eslint-disable-next-line import/first
import { transport } from '../../src/api/transport';

const mocked = transport as jest.MockedFunction<typeof transport>;
const registration = {
  id: 'e1_o1',
  state: 'confirmed',
  position: null,
  signedUpAt: 1,
  promotedAt: null,
  reason: null,
  checkedInAt: null,
  answers: [],
};

beforeEach(() => {
  mocked.mockReset();
});

it('tries a lost sign-up once more and says so', async () => {
  const toast = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never);
  mocked.mockRejectedValueOnce(new Error('timeout')).mockResolvedValueOnce({ ok: true, data: registration });
  const out = await call('event', 'signUp', { eventId: 'e1', answers: [] });
  expect(out).toEqual(registration);
  expect(mocked).toHaveBeenCalledTimes(2);
  expect(mocked.mock.calls[1]).toEqual(mocked.mock.calls[0]);
  expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: RETRY_MESSAGE }));
  toast.mockRestore();
});

it('gives up after the one retry with the network message', async () => {
  jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never);
  mocked.mockRejectedValue(new Error('offline'));
  await expect(call('event', 'cancel', { eventId: 'e1' })).rejects.toMatchObject({
    code: 'INTERNAL',
    message: '网络不太好，请检查网络后重试',
  });
  expect(mocked).toHaveBeenCalledTimes(2);
});

it('never repeats a call that is not safe to repeat', async () => {
  mocked.mockRejectedValue(new Error('offline'));
  await expect(call('event', 'create', {} as never)).rejects.toMatchObject({ code: 'INTERNAL' });
  expect(mocked).toHaveBeenCalledTimes(1);
});

it('does not retry an answer: a refusal is the result', async () => {
  mocked.mockResolvedValue({ ok: false, error: { code: 'FULL', message: '名额已满' } });
  await expect(call('event', 'signUp', { eventId: 'e1', answers: [] })).rejects.toMatchObject({ code: 'FULL' });
  expect(mocked).toHaveBeenCalledTimes(1);
});
