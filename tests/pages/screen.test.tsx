import { render, screen, act } from '@testing-library/react';
import { Screen } from '../../src/components/screen';
import { setCareMode } from '../../src/hooks/useCareMode';

describe('Screen', () => {
  it('shows the error with a retry that calls back', () => {
    const retry = jest.fn();
    render(<Screen error='网络不太好' onRetry={retry} />);
    expect(screen.getByText('网络不太好')).toBeTruthy();
    screen.getByText('重试').click();
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('switches every screen to large text when 关怀模式 is turned on', () => {
    const { container } = render(<Screen>内容</Screen>);
    const root = container.querySelector('.uh-screen')!;
    expect(root.classList.contains('uh-care')).toBe(false);
    act(() => setCareMode(true));
    expect(root.classList.contains('uh-care')).toBe(true);
    act(() => setCareMode(false));
  });
});
