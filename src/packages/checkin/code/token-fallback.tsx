import { Text, View } from '@tarojs/components';
import { useState } from 'react';

/**
 * The code's text, folded away: a long signed string means nothing to a member, so only the QR
 * is shown. When a scanner cannot read the screen, the staff member asks for the text (their page
 * takes it pasted), and one tap shows it, selectable for copying.
 */
export function TokenFallback({ token }: { token: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Text className='ck__token-toggle' onClick={() => setOpen(true)}>
        扫不出？显示文字签到码
      </Text>
    );
  }
  return (
    <View className='ck__token-box'>
      <Text className='uh-muted'>请工作人员复制或输入以下文字：</Text>
      <Text className='ck__token' userSelect>
        {token}
      </Text>
    </View>
  );
}
