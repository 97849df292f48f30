import { useRouter } from '@tarojs/taro';
import { Screen } from '../../../components/screen';
import { PersonaList } from './persona-list';
import { RegisterForm } from './register-form';
import './index.scss';

/**
 * Sign-in and registration. On WeChat the platform says who the user is, so this page is the
 * registration form. On H5 (local use) it first lists the demo personas; the home page sends an
 * unregistered persona back here with `mode=register`.
 */
export default function Login() {
  const { params } = useRouter();
  const choosePersona = process.env.TARO_ENV === 'h5' && params.mode !== 'register';
  return <Screen className='login'>{choosePersona ? <PersonaList /> : <RegisterForm />}</Screen>;
}
