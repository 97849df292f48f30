/**
 * The registration form (packages/member/login) with the call transport mocked at src/api: what a person sees
 * when the form or the server refuses, and after a successful registration.
 */
import { render, screen, fireEvent, waitFor, act } from '@testing-library/react';
import type { ActionEvent, Envelope } from '../../domain/contract/envelope';
import type { UnitView } from '../../domain/contract/member';

jest.mock('../../src/api/transport', () => ({ transport: jest.fn() }));
// Taro's page-lifecycle hooks need a Taro page around the component; a lone component has none.
jest.mock('@tarojs/taro', () => {
  const taro = jest.requireActual('@tarojs/taro');
  const hooks = { useDidShow: () => undefined, useRouter: () => ({ params: {} }) };
  return Object.assign({}, taro, hooks, { default: Object.assign({}, taro.default, hooks) });
});
// eslint-disable-next-line import/first
import { transport } from '../../src/api/transport';
// eslint-disable-next-line import/first
import { RegisterForm } from '../../src/packages/member/login/register-form';

const UNITS: UnitView[] = [
  { id: 'u-branch', code: 'QH01', name: '青河油田第一分公司', parentId: null, level: 1, retired: false },
  { id: 'u-brigade-1', code: 'QH01-01', name: '采油一大队', parentId: 'u-branch', level: 2, retired: false },
  { id: 'u-brigade-2', code: 'QH01-02', name: '井下作业大队', parentId: 'u-branch', level: 2, retired: false },
  { id: 'u-grass-1', code: 'QH01-01-01', name: '采油一队工会', parentId: 'u-brigade-1', level: 3, retired: false },
];

type Reply = (event: ActionEvent) => Envelope<unknown>;
const mocked = transport as jest.MockedFunction<typeof transport>;
const sent: ActionEvent[] = [];

/** What member.getMe answers: nobody registered yet, unless a test says otherwise. */
let me: unknown = { registered: false, member: null };

function serve(register: Reply) {
  sent.length = 0;
  mocked.mockImplementation(async (_fn, event) => {
    sent.push(event);
    if (event.action === 'listUnits') return { ok: true, data: { units: UNITS } };
    if (event.action === 'getMe') return { ok: true, data: me };
    if (event.action === 'register') return register(event);
    return { ok: false, error: { code: 'NOT_FOUND', message: 'unexpected' } };
  });
}

const field = (container: HTMLElement, name: string) =>
  container.querySelector(`.member-login__form-field--${name} input`) as HTMLInputElement;
const type = (el: HTMLInputElement, value: string) => fireEvent.input(el, { target: { value } });

async function fillValid(container: HTMLElement) {
  await screen.findByText('采油一大队');
  type(field(container, 'name'), '孙丽');
  type(field(container, 'employeeNo'), 'QH10099');
  type(field(container, 'phone'), '13905460099');
  fireEvent.click(screen.getByText('采油一大队'));
  fireEvent.click(await screen.findByText('采油一队工会'));
  await screen.findByText('已选：青河油田第一分公司 / 采油一大队 / 采油一队工会');
}

const submit = () => act(async () => fireEvent.click(screen.getByText('提交注册')));

describe('registration form', () => {
  afterEach(() => {
    me = { registered: false, member: null };
  });

  it('opens filled with what a pending member sent, to correct a typo', async () => {
    me = {
      registered: true,
      member: {
        name: '孙丽',
        employeeNo: 'QH1009',
        phone: '13905460099',
        unitId: 'u-grass-1',
        unitName: '采油一队工会',
        unitTrail: [],
        role: 'worker',
        status: 'pending',
        largeText: false,
      },
    };
    serve(() => ({ ok: false, error: { code: 'INTERNAL', message: 'unused' } }));
    const { container } = render(<RegisterForm />);
    await screen.findByText('修改注册信息');
    await waitFor(() => expect(field(container, 'employeeNo').value).toBe('QH1009'));
    expect(field(container, 'name').value).toBe('孙丽');
    expect(screen.getByText('重新提交')).toBeTruthy();
  });

  it('offers the first-admin claim only on the bootstrap link', async () => {
    serve(() => ({ ok: false, error: { code: 'INTERNAL', message: 'unused' } }));
    const { unmount } = render(<RegisterForm />);
    await screen.findByText('采油一大队');
    expect(screen.queryByText(/开通管理员/)).toBeNull();
    unmount();
    render(<RegisterForm bootstrap />);
    await screen.findByText('首次部署：开通管理员');
  });

  it('loads the unit tree with one call and opens the single branch company’s brigades', async () => {
    serve(() => ({ ok: false, error: { code: 'INTERNAL', message: 'x' } }));
    render(<RegisterForm />);
    await screen.findByText('井下作业大队');
    expect(sent.map((e) => e.action).sort()).toEqual(['getMe', 'listUnits']);
  });

  it('shows each field’s own problem before sending anything', async () => {
    serve(() => ({ ok: false, error: { code: 'INTERNAL', message: 'x' } }));
    const { container } = render(<RegisterForm />);
    await screen.findByText('采油一大队');
    type(field(container, 'employeeNo'), '工号');
    type(field(container, 'phone'), '12345');
    await submit();
    expect(screen.getByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('工号应为3到20位字母、数字或“-”')).toBeTruthy();
    expect(screen.getByText('手机号应为11位大陆手机号')).toBeTruthy();
    expect(container.querySelector('.uh-unit-picker .uh-field__error')!.textContent).toBe('请选择所在单位');
    expect(sent.map((e) => e.action).sort()).toEqual(['getMe', 'listUnits']);
  });

  it('puts the server’s BAD_REQUEST issues under the fields they name', async () => {
    serve(() => ({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '提交的内容有误，请检查后重试',
        issues: [
          { path: ['employeeNo'], message: '工号格式与本单位不符' },
          { path: ['unitId'], message: '所选单位已撤销' },
        ],
      },
    }));
    const { container } = render(<RegisterForm />);
    await fillValid(container);
    await submit();
    await screen.findByText('工号格式与本单位不符');
    const employeeField = container.querySelector('.member-login__form-field--employeeNo')!;
    expect(employeeField.textContent).toContain('工号格式与本单位不符');
    expect(container.querySelector('.uh-unit-picker')!.textContent).toContain('所选单位已撤销');
    expect(container.querySelector('.member-login__form-field--name')!.textContent).not.toContain('不');
    expect(sent.find((e) => e.action === 'register')!.input).toEqual({
      name: '孙丽',
      employeeNo: 'QH10099',
      phone: '13905460099',
      unitId: 'u-grass-1',
    });
  });

  it('shows a refusal without issues (a taken number) above the button, keeping what was typed', async () => {
    serve(() => ({
      ok: false,
      error: { code: 'CONFLICT', message: '该工号已被其他微信用户注册，如有疑问请联系所在工会' },
    }));
    const { container } = render(<RegisterForm />);
    await fillValid(container);
    await submit();
    await screen.findByText('该工号已被其他微信用户注册，如有疑问请联系所在工会');
    expect(field(container, 'name').value).toBe('孙丽');
  });

  it('says 已提交，等待审核 when an organizer has to approve', async () => {
    serve(() => ({
      ok: true,
      data: {
        status: 'pending',
        rosterMatched: false,
        member: {
          name: '孙丽',
          employeeNo: 'QH10099',
          phone: '13905460099',
          unitId: 'u-grass-1',
          unitName: '采油一队工会',
          unitTrail: ['青河油田第一分公司', '采油一大队', '采油一队工会'],
          role: 'worker',
          status: 'pending',
          largeText: false,
        },
      },
    }));
    const { container } = render(<RegisterForm />);
    await fillValid(container);
    await submit();
    await screen.findByText('已提交，等待审核');
    expect(screen.getByText('返回首页')).toBeTruthy();
  });

  it('says 已通过名册核验 at once when the roster matched', async () => {
    serve(() => ({
      ok: true,
      data: {
        status: 'verified',
        rosterMatched: true,
        member: {
          name: '孙丽',
          employeeNo: 'QH10099',
          phone: '13905460099',
          unitId: 'u-grass-1',
          unitName: '采油一队工会',
          unitTrail: ['青河油田第一分公司', '采油一大队', '采油一队工会'],
          role: 'worker',
          status: 'verified',
          largeText: false,
        },
      },
    }));
    const { container } = render(<RegisterForm />);
    await fillValid(container);
    await submit();
    await waitFor(() => expect(screen.getByText('已通过名册核验')).toBeTruthy());
    expect(screen.getByText('进入首页')).toBeTruthy();
  });
});
