import { View, Text, Button } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { RegisterOutput } from '@domain/contract/member';
import { normaliseEmployeeNo, normalisePhone } from '@domain/rules/member-fields';
import { call, isApiError, messageOf } from '../../../api';
import { devPhoneCode } from '../../../api/phone';
import { UnitPicker } from '../../../components/UnitPicker';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { restartAt } from '../../../navigation';
import { check, errorsFrom, profileOf, type Errors, type ProfileField, type RegisterFormState } from './register-rules';
import { DisputeSent, RegisterResult } from './register-result';
import { Field, TextBox } from '../../../components/Form';
import { say } from '../../../ui/confirm';

/**
 * Registration: name, employee number, phone, unit (the three-level tree from one `units` call).
 * A member whose registration waits or was turned down finds the form filled with what they sent,
 * to correct a typo rather than type it all again. `bootstrap` offers the first-admin claim.
 */
export function RegisterForm({ bootstrap = false }: { bootstrap?: boolean }) {
  const units = useLoad(() => call('member', 'listUnits', {}), [], { refreshOnShow: false });
  const me = useLoad(() => call('member', 'getMe', {}), [], { refreshOnShow: false });
  const [form, setForm] = useState<RegisterFormState>({ name: '', employeeNo: '', phone: '', unitId: null });
  const sent = me.data?.member && me.data.member.status !== 'verified' ? me.data.member : null;
  useEffect(() => {
    if (sent) setForm({ name: sent.name, employeeNo: sent.employeeNo, phone: sent.phone, unitId: sent.unitId });
  }, [sent]);
  const [errors, setErrors] = useState<Errors>({});
  // `problem` is the line above the button. register and claimAdmin split a refusal themselves
  // (errorsFrom: issues under their fields, the rest here), so their work catches it and sets both.
  const { busy, run, problem: formError, setProblem: setFormError } = useAction({ inline: true });
  const [result, setResult] = useState<RegisterOutput>();
  /** The phone-number button's one-time code: proof of the phone, traded on the server. */
  const [phoneCode, setPhoneCode] = useState<string>();
  /** The number is someone else's registration: offer 这是我的工号. */
  const [held, setHeld] = useState(false);
  const [disputed, setDisputed] = useState(false);

  const set = (field: ProfileField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  /** A refusal of register or claimAdmin: the issues under the fields they name, the rest above the button. */
  const showRefusal = (e: unknown) => {
    const { fields, form: message } = errorsFrom(e);
    setErrors(fields);
    setFormError(message ?? '');
  };

  const submit = async () => {
    const found = check(form);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    await run(async () => {
      setHeld(false);
      try {
        setResult(await call('member', 'register', { ...profileOf(form), ...(phoneCode ? { phoneCode } : {}) }));
      } catch (e) {
        showRefusal(e);
        // A held number is refused before the code is spent: it can go with the dispute. Otherwise it is used up.
        const numberHeld = isApiError(e) && e.code === 'CONFLICT' && e.message.includes('这是我的工号');
        setHeld(numberHeld);
        if (!numberHeld) setPhoneCode(undefined);
      }
    });
  };

  /** 这是我的工号: the claim goes to an organizer, who checks it against the roster. */
  const dispute = () =>
    run(async () => {
      try {
        await call('member', 'disputeNumber', { ...profileOf(form), ...(phoneCode ? { phoneCode } : {}) });
      } finally {
        setPhoneCode(undefined);
      }
      setDisputed(true);
    });

  /** WeChat's phone-number button on a phone; on H5 the local server's stand-in for it. */
  const provePhone = async (code?: string) => {
    try {
      const got = code ?? (await devPhoneCode(normalisePhone(form.phone)));
      if (got) setPhoneCode(got);
      else say('未获取到手机号');
    } catch {
      say('未获取到手机号，请先填写手机号');
    }
  };

  /** The documented bootstrap (docs/bootstrap.md): only OPENIDs the deployer listed can succeed. */
  const claimAdmin = () =>
    run(async () => {
      const complete = Object.keys(check(form)).length === 0;
      const profile = complete
        ? { name: form.name, employeeNo: form.employeeNo, phone: form.phone, unitId: form.unitId! }
        : undefined;
      try {
        await call('member', 'claimAdmin', profile ? { profile } : {});
      } catch (e) {
        showRefusal(e);
        return;
      }
      say('已开通管理员');
      restartAt('home');
    });

  if (result) return <RegisterResult result={result} />;
  if (disputed) return <DisputeSent employeeNo={normaliseEmployeeNo(form.employeeNo)} />;
  return (
    <View className='uh-section member-login__form'>
      <View className='uh-section__title'>{sent ? '修改注册信息' : '会员注册'}</View>
      <View className='uh-muted member-login__hint'>
        请填写真实信息并使用微信手机号验证：与工会名册一致的将立即通过核验；其他由所在单位的工会组织者审核。
      </View>
      <View className='uh-card'>
        <TextField
          label='姓名'
          field='name'
          value={form.name}
          error={errors.name}
          onInput={set}
          placeholder='与工会名册一致的真实姓名'
        />
        <TextField
          label='工号'
          field='employeeNo'
          value={form.employeeNo}
          error={errors.employeeNo}
          onInput={set}
          placeholder='如 QH10001'
        />
        <TextField
          label='手机号'
          field='phone'
          value={form.phone}
          error={errors.phone}
          onInput={set}
          placeholder='11位手机号'
          type='number'
        />
        {phoneCode ? (
          <View className='uh-ok member-login__form-phone-ok'>已使用微信手机号验证</View>
        ) : process.env.TARO_ENV === 'h5' ? (
          <Button
            className='uh-btn uh-btn--small uh-btn--ghost member-login__form-phone-proof'
            onClick={() => provePhone()}
          >
            使用微信手机号验证（本地模拟）
          </Button>
        ) : (
          <Button
            className='uh-btn uh-btn--small uh-btn--ghost member-login__form-phone-proof'
            openType='getPhoneNumber'
            onGetPhoneNumber={(e) => provePhone(e.detail.code ?? '')}
          >
            使用微信手机号验证
          </Button>
        )}
        <Field label='所在单位'>
          {units.data ? (
            <UnitPicker
              units={units.data.units}
              value={form.unitId}
              onChange={(id) => set('unitId', id)}
              error={errors.unitId}
            />
          ) : units.error ? (
            <View className='uh-row'>
              <Text className='uh-danger'>{messageOf(units.error)}</Text>
              <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={units.reload}>
                重试
              </Button>
            </View>
          ) : (
            <Text className='uh-muted'>单位列表加载中…</Text>
          )}
        </Field>
        {formError && <View className='uh-danger member-login__form-error'>{formError}</View>}
        {held && (
          <Button
            className='uh-btn uh-btn--ghost member-login__form-dispute'
            disabled={busy || undefined}
            onClick={dispute}
          >
            这是我的工号
          </Button>
        )}
        {/* `|| undefined`: Taro H5 writes disabled={false} as the attribute disabled="false", which [disabled] styles match. */}
        <Button className='uh-btn member-login__form-submit' disabled={busy || undefined} onClick={submit}>
          {busy ? '提交中…' : sent ? '重新提交' : '提交注册'}
        </Button>
      </View>
      <View className='member-login__form-extra'>
        {bootstrap && (
          <Text className='member-login__form-link' onClick={claimAdmin}>
            首次部署：开通管理员
          </Text>
        )}
        {process.env.TARO_ENV === 'h5' && (
          <Text className='member-login__form-link' onClick={() => restartAt('login')}>
            切换身份
          </Text>
        )}
      </View>
    </View>
  );
}

interface TextFieldProps {
  label: string;
  field: ProfileField;
  value: string;
  error?: string;
  placeholder: string;
  type?: 'text' | 'number';
  onInput: (field: ProfileField, value: string) => void;
}

function TextField({ label, field, value, error, placeholder, type = 'text', onInput }: TextFieldProps) {
  return (
    <View className={`uh-field member-login__form-field member-login__form-field--${field}`}>
      <Text className='uh-field__label'>{label}</Text>
      <TextBox value={value} onChange={(v) => onInput(field, v)} max={20} placeholder={placeholder} type={type} />
      {error && <Text className='uh-field__error'>{error}</Text>}
    </View>
  );
}
