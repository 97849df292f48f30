/**
 * The privacy consent sheet every page carries (through Screen): hidden until WeChat's
 * onNeedPrivacyAuthorization asks, then the member's answer goes back to every waiting call.
 */
import { act, render, screen } from '@testing-library/react';
import { Screen } from '../../src/components/screen';
import { answerConsent, onNeedConsent } from '../../src/components/PrivacySheet/consent';

type Answer = { event: string; buttonId?: string };

function waitingCall() {
  const answers: Answer[] = [];
  return { answers, resolve: (o: Answer) => answers.push(o) };
}

test('hidden until WeChat asks; 不同意 refuses every waiting call and closes the sheet', () => {
  render(<Screen>页面内容</Screen>);
  expect(screen.queryByText('个人信息保护提示')).toBeNull();
  const first = waitingCall();
  const second = waitingCall();
  act(() => {
    onNeedConsent(first.resolve);
    onNeedConsent(second.resolve);
  });
  expect(screen.getByText('个人信息保护提示')).toBeTruthy();
  expect(screen.getByText('查看《用户隐私保护指引》')).toBeTruthy();
  // WeChat is told the sheet is showing before any answer.
  expect(first.answers).toEqual([{ event: 'exposureAuthorization' }]);
  act(() => screen.getByText('不同意').click());
  expect(first.answers.at(-1)).toEqual({ event: 'disagree' });
  expect(second.answers.at(-1)).toEqual({ event: 'disagree' });
  expect(screen.queryByText('个人信息保护提示')).toBeNull();
  expect(screen.getByText('页面内容')).toBeTruthy();
});

test('agreeing passes back the id of the agree button, which is unique per page', () => {
  render(
    <>
      <Screen>一</Screen>
      <Screen>二</Screen>
    </>,
  );
  const call = waitingCall();
  act(() => onNeedConsent(call.resolve));
  const agree = screen.getAllByText('同意').map((el) => el.closest('[id^="uh-privacy-agree-"]')?.id ?? el.id);
  expect(new Set(agree).size).toBe(2);
  // On WeChat the button's agreePrivacyAuthorization event calls this with its own id.
  act(() => answerConsent(agree[0]));
  expect(call.answers.at(-1)).toEqual({ event: 'agree', buttonId: agree[0] });
  expect(screen.queryByText('个人信息保护提示')).toBeNull();
});
