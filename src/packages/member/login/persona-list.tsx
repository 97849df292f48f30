import { View, Text, Button } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { getDevOpenid, setDevOpenid } from '../../../api';
import { restartAt } from '../../../navigation';

interface Persona {
  openid: string;
  name: string;
  role: string;
  unit: string;
  note?: string;
}

/** H5 only: choose whose OPENID the local cloud sees. The home page then decides what they see. */
export function PersonaList() {
  const [personas, setPersonas] = useState<Persona[]>();
  const [failed, setFailed] = useState(false);
  const current = getDevOpenid();
  useEffect(() => {
    fetch(`${UNION_API_BASE}/api/dev/personas`)
      .then((r) => r.json())
      .then((list: Persona[]) => setPersonas(list))
      .catch(() => setFailed(true));
  }, []);
  const choose = (p: Persona) => {
    setDevOpenid(p.openid);
    restartAt('home');
  };
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>选择本地身份</View>
      <View className='uh-muted member-login__hint'>
        本地运行时没有微信登录：选择一位演示成员进入。在微信中由平台识别身份。
      </View>
      {failed && <View className='uh-empty'>无法读取演示身份列表，请确认本地服务已启动</View>}
      {!personas && !failed && <View className='uh-empty'>加载中…</View>}
      {personas?.map((p) => (
        <View
          key={p.openid}
          className={`uh-card member-login__persona ${p.openid === current ? 'member-login__persona--current' : ''}`}
        >
          <View className='uh-row'>
            <View>
              <Text className='uh-card__title'>{p.name}</Text>
              <View className='uh-card__meta'>
                {p.role} · {p.unit}
                {p.note ? ` · ${p.note}` : ''}
              </View>
            </View>
            <Button className='uh-btn uh-btn--small' onClick={() => choose(p)}>
              {p.openid === current ? '继续使用' : '以此身份进入'}
            </Button>
          </View>
        </View>
      ))}
    </View>
  );
}
