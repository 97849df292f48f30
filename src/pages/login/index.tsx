import { View, Text, Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { setDevOpenid } from '../../api';
import { Screen } from '../../components/screen';

interface Persona {
  openid: string;
  name: string;
  role: string;
  unit: string;
  note?: string;
}

/** H5 only: choose whose OPENID the local cloud sees. On WeChat the platform supplies it. */
export default function Login() {
  const [personas, setPersonas] = useState<Persona[]>([]);
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    void fetch(`${UNION_API_BASE}/api/dev/personas`)
      .then((r) => r.json())
      .then((list: Persona[]) => setPersonas(list));
  }, []);
  const choose = (p: Persona) => {
    setDevOpenid(p.openid);
    void Taro.reLaunch({ url: '/pages/home/index' });
  };
  return (
    <Screen>
      <View className='uh-section'>
        <View className='uh-section__title'>选择本地身份</View>
        {personas.map((p) => (
          <View key={p.openid} className='uh-card'>
            <View className='uh-row'>
              <View>
                <Text className='uh-card__title'>{p.name}</Text>
                <View className='uh-card__meta'>
                  {p.role} · {p.unit}
                  {p.note ? ` · ${p.note}` : ''}
                </View>
              </View>
              <Button className='uh-btn uh-btn--small' onClick={() => choose(p)}>
                以此身份进入
              </Button>
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
