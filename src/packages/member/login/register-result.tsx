import { Button, View } from '@tarojs/components';
import type { RegisterOutput } from '@domain/contract/member';
import { restartAt } from '../../../navigation';

/** The screen that replaces the form once it has gone: what happened, what happens next, the way home. */
function ResultCard({
  title,
  ok = false,
  text,
  button,
}: {
  title: string;
  ok?: boolean;
  text: string;
  button: string;
}) {
  return (
    <View className='uh-section'>
      <View className='uh-card member-login__result'>
        <View className={ok ? 'uh-big uh-ok' : 'uh-big'}>{title}</View>
        <View className='member-login__result-text'>{text}</View>
        <Button className='uh-btn' onClick={() => restartAt('home')}>
          {button}
        </Button>
      </View>
    </View>
  );
}

/** 这是我的工号 was sent: an organizer settles whose number it is. */
export function DisputeSent({ employeeNo }: { employeeNo: string }) {
  return (
    <ResultCard
      title='申诉已提交'
      text={`工会组织者将核实工号${employeeNo}的归属，核实后您即可使用。`}
      button='返回首页'
    />
  );
}

/** What the member sees right after submitting: verified at once, or waiting for an organizer. */
export function RegisterResult({ result }: { result: RegisterOutput }) {
  const m = result.member;
  return result.status === 'verified' ? (
    <ResultCard
      title='已通过名册核验'
      ok
      text={`欢迎您，${m.name}！您已是${m.unitName}的认证会员。`}
      button='进入首页'
    />
  ) : (
    <ResultCard
      title='已提交，等待审核'
      text={`${m.unitTrail.join(' / ')} 的工会组织者审核后即可使用，审核结果会通知您。`}
      button='返回首页'
    />
  );
}
