import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { Screen } from '../../../components/screen';
import { useParam } from '../../../navigation';
import { PersonaList } from './persona-list';
import { RegisterForm } from './register-form';
import './index.scss';

/**
 * Sign-in and registration. On WeChat the platform says who the user is, so this page is the
 * registration form. On H5 (local use) it first lists the demo personas; the home page sends an
 * unregistered persona back here with `mode=register`. The first-admin claim shows only when the
 * page is opened with `bootstrap=1` (docs/bootstrap.md): every newcomer sees the form alone.
 */
export default function Login() {
  const mode = useParam('login', 'mode');
  const choosePersona = process.env.TARO_ENV === 'h5' && mode !== 'register';
  const bootstrap = useParam('login', 'bootstrap') === '1';
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: choosePersona ? '选择身份' : '会员注册' }).catch(() => undefined);
  }, [choosePersona]);
  return (
    <Screen className='member-login' homeLink={false}>
      {choosePersona ? <PersonaList /> : <RegisterForm bootstrap={bootstrap} />}
    </Screen>
  );
}
