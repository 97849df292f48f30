import { fireEvent, render, screen } from '@testing-library/react';
import { Button } from '../../src/components/Button';

describe('Button', () => {
  it('taps when on', () => {
    const tap = jest.fn();
    render(<Button onClick={tap}>报名</Button>);
    fireEvent.click(screen.getByText('报名'));
    expect(tap).toHaveBeenCalledTimes(1);
  });

  it('is truly inert when disabled or busy (Taro H5 would still fire onClick)', () => {
    const tap = jest.fn();
    const { rerender, container } = render(
      <Button onClick={tap} disabled>
        未开始报名
      </Button>,
    );
    fireEvent.click(screen.getByText('未开始报名'));
    expect(container.querySelector('.uh-btn--off')).not.toBeNull();
    rerender(
      <Button onClick={tap} busy busyText='提交中…'>
        报名
      </Button>,
    );
    fireEvent.click(screen.getByText('提交中…'));
    expect(tap).not.toHaveBeenCalled();
  });

  it('never writes disabled="false" (which [disabled] styles match on H5)', () => {
    const { container } = render(<Button onClick={() => undefined}>报名</Button>);
    expect(container.querySelector('[disabled]')).toBeNull();
  });

  it('keeps its tap from opening the card it sits on', () => {
    const card = jest.fn();
    const tap = jest.fn();
    render(
      <div onClick={card}>
        <Button onClick={tap}>出示签到码</Button>
      </div>,
    );
    fireEvent.click(screen.getByText('出示签到码'));
    expect(tap).toHaveBeenCalledTimes(1);
    expect(card).not.toHaveBeenCalled();
  });
});
