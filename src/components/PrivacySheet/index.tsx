import { Button, Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { answerConsent, openPrivacyGuide, watchConsent } from './consent';
import './index.scss';

let sheets = 0;

/** WeChat's agree button; H5 has neither the open-type nor its event (and React warns about them there). */
const agreeProps = (id: string) =>
  process.env.TARO_ENV === 'weapp'
    ? { openType: 'agreePrivacyAuthorization' as const, onAgreePrivacyAuthorization: () => answerConsent(id) }
    : {};

/**
 * The consent sheet WeChat asks for before a privacy API runs (see ./consent). Renders nothing until
 * then, so pages pay for it only while it is open.
 */
export function PrivacySheet() {
  const [open, setOpen] = useState(false);
  // One id per page: Taro keys elements by id across every live page, and the id goes back to WeChat.
  const agreeId = useMemo(() => `uh-privacy-agree-${++sheets}`, []);
  useEffect(() => watchConsent(setOpen), []);
  if (!open) return null;
  return (
    <View className='uh-privacy'>
      <View className='uh-privacy__sheet'>
        <Text className='uh-title'>个人信息保护提示</Text>
        <Text className='uh-privacy__text'>
          上传报名材料或通知图片、导入名册文件、保存证书到相册时，需要使用你选择的照片或文件，或写入你的相册。请先阅读并同意隐私保护指引。
        </Text>
        <Text className='uh-privacy__link' onClick={openPrivacyGuide}>
          查看《用户隐私保护指引》
        </Text>
        <View className='uh-privacy__actions'>
          <Button className='uh-btn uh-btn--ghost' onClick={() => answerConsent(null)}>
            不同意
          </Button>
          <Button id={agreeId} className='uh-btn' {...agreeProps(agreeId)}>
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
