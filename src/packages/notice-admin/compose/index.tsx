import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ComposeOutput, NoticeLinkView } from '@domain/contract/notice';
import { bodyProblem, NOTICE_CATEGORIES, NOTICE_LIMITS, type NoticeCategory } from '@domain/rules/notice-content';
import { chinaTime, fromPickerParts, pickerParts } from '@domain/rules/china-time';
import { ROLE_LABELS, type Role } from '@domain/roles';
import { call, messageOf } from '../../../api';
import { pickImage } from '../../../api/pick-image';
import { uploadToCloud } from '../../../api/upload';
import { AudienceChips, pickedRoles, ROLE_OPTIONS } from '../../../components/AudienceChips';
import { Chips, type ChipSkin } from '../../../components/Chips';
import { NoticeBody } from '../../../components/NoticeBody';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { keyed, move, toInput, type EditBlock } from './blocks';
import { NoticePreview } from './preview';
import { ScheduleCard } from './schedule';
import { LinkField } from './link-field';
import { replaceWith, useParam } from '../../../navigation';
import { confirm, say } from '../../../ui/confirm';
import { Field, TextBox, Toggle } from '../../../components/Form';
import './index.scss';

// Buttons pass `disabled={x || undefined}`: Taro H5 renders disabled={false} as a disabled attribute.

const HOUR = 3600_000;

const CHIP_SKIN: ChipSkin = {
  list: 'notice-admin-compose__chips',
  chip: 'notice-admin-compose__chip',
  on: 'notice-admin-compose__chip--on',
};
/** Units are a tick-box list, indented by their depth in the tree. */
const UNIT_SKIN: ChipSkin = {
  list: 'notice-admin-compose__units',
  chip: 'notice-admin-compose__unit',
  on: 'notice-admin-compose__unit--on',
  level: 'notice-admin-compose__unit--l',
  tick: 'notice-admin-compose__check',
};
const CATEGORY_OPTIONS = NOTICE_CATEGORIES.map((c) => ({ id: c, name: c }));

/** Organizer: write a notice, aim it at units and roles, schedule or publish it, preview it first. */
export default function NoticeCompose() {
  const editId = useParam('noticeCompose', 'id') || undefined;
  const { data, error, loading, reload } = useLoad(
    () => call('notice', 'getComposer', editId ? { id: editId } : {}),
    [editId],
    { refreshOnShow: false },
  );
  const [id, setId] = useState<string | undefined>(editId);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<NoticeCategory>('通知');
  const [blocks, setBlocks] = useState<EditBlock[]>([keyed({ type: 'p', text: '' })]);
  const [units, setUnits] = useState<string[]>([]);
  const [roles, setRoles] = useState<Role[]>([]);
  const [pinned, setPinned] = useState(false);
  const [scheduled, setScheduled] = useState(false);
  const [when, setWhen] = useState(() => pickerParts(Date.now() + 2 * HOUR));
  const [link, setLink] = useState<NoticeLinkView | null>(null);
  const [preview, setPreview] = useState(false);
  const { busy, run } = useAction();

  useEffect(() => {
    const n = data?.notice;
    if (!n) return;
    setTitle(n.title);
    setCategory(n.category);
    setBlocks(n.blocks.map(keyed));
    setUnits(n.audience.units);
    setRoles(pickedRoles(n.audience.roles));
    setPinned(n.pinned);
    setScheduled(n.publishAt !== null);
    if (n.publishAt !== null) setWhen(pickerParts(n.publishAt));
    setLink(n.link);
  }, [data]);

  const publishAt = scheduled ? fromPickerParts(when.date, when.time) : null;

  const problem = (): string | null => {
    if (!title.trim()) return '请填写标题';
    if (units.length === 0) return '请选择发送范围';
    const p = bodyProblem(toInput(blocks));
    if (p) return p;
    if (scheduled && (publishAt === null || publishAt <= Date.now())) return '定时发布的时间应晚于现在';
    return null;
  };

  const save = async (): Promise<string | null> => {
    const p = problem();
    if (p) {
      say(p);
      return null;
    }
    const res = await call('notice', 'save', {
      ...(id ? { id } : {}),
      title: title.trim(),
      category,
      blocks: toInput(blocks),
      audience: { units, roles },
      pinned,
      publishAt,
      link: link ? { kind: link.kind, id: link.id } : null,
    });
    setId(res.id);
    return res.id;
  };

  const saveDraft = () =>
    run(async () => {
      if (await save()) say('已保存');
    });

  const publish = () =>
    run(async () => {
      if (problem()) return void (await save());
      const names = (data?.units ?? []).filter((u) => units.includes(u.id)).map((u) => u.name);
      const who = roles.length ? roles.map((r) => ROLE_LABELS[r]).join('、') : '全体会员';
      const ok = await confirm({
        confirmText: '确定',
        title: scheduled ? '确认定时发布' : '确认发布',
        content: `发送给：${names.join('、')}（${who}）${scheduled && publishAt ? `\n发布时间：${chinaTime(publishAt)}` : ''}\n发布后已订阅的会员会收到微信提醒。`,
      });
      if (!ok) return;
      const saved = await save();
      if (!saved) return;
      const res = await call('notice', 'publish', { id: saved });
      say(res.state === 'scheduled' ? '已定时' : '已发布');
      replaceWith('noticeReport', { id: saved });
    });

  const addImage = () =>
    run(async () => {
      if (blocks.filter((b) => b.type === 'img').length >= NOTICE_LIMITS.images) {
        say(`图片最多${NOTICE_LIMITS.images}张`);
        return;
      }
      const picked = await pickImage();
      if (!picked) return;
      const { path, file, ext } = picked;
      const fileID = await uploadToCloud('notice', ext, file ? { file } : { filePath: path });
      setBlocks((list) => [...list, keyed({ type: 'img', fileID, url: path })]);
    });

  const setText = (key: string, text: string) =>
    setBlocks((list) => list.map((b) => (b.key === key && b.type === 'p' ? { ...b, text } : b)));
  const output: ComposeOutput | undefined = data;
  if (preview) {
    return (
      <NoticePreview
        title={title}
        category={category}
        pinned={pinned}
        publishAt={publishAt}
        blocks={blocks}
        link={link}
        onBack={() => setPreview(false)}
      />
    );
  }

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {output && (
        <View className='uh-section notice-admin-compose'>
          <Field label='标题'>
            <TextBox
              className='notice-admin-compose__title'
              value={title}
              onChange={setTitle}
              max={NOTICE_LIMITS.title}
              placeholder='通知标题'
            />
          </Field>

          <Field label='类别'>
            <Chips options={CATEGORY_OPTIONS} isOn={(c) => category === c} onTap={setCategory} skin={CHIP_SKIN} />
          </Field>

          <Field label='正文（每段一个输入框，可插入图片）'>
            {blocks.map((b, i) => (
              <View key={b.key} className='notice-admin-compose__block'>
                {b.type === 'p' ? (
                  <TextBox
                    multiline
                    grow
                    className='notice-admin-compose__para'
                    value={b.text}
                    max={NOTICE_LIMITS.paragraph}
                    placeholder={`第${i + 1}段`}
                    onChange={(text) => setText(b.key, text)}
                  />
                ) : (
                  <NoticeBody blocks={[b]} />
                )}
                <View className='notice-admin-compose__block-tools'>
                  <Text className='notice-admin-compose__tool' onClick={() => setBlocks((l) => move(l, i, i - 1))}>
                    上移
                  </Text>
                  <Text className='notice-admin-compose__tool' onClick={() => setBlocks((l) => move(l, i, i + 1))}>
                    下移
                  </Text>
                  <Text
                    className='notice-admin-compose__tool notice-admin-compose__tool--danger'
                    onClick={() => setBlocks((l) => l.filter((x) => x.key !== b.key))}
                  >
                    删除
                  </Text>
                </View>
              </View>
            ))}
            <View className='notice-admin-compose__row'>
              <Button
                className='uh-btn uh-btn--ghost uh-btn--small'
                onClick={() => setBlocks((l) => [...l, keyed({ type: 'p', text: '' })])}
              >
                添加段落
              </Button>
              <Button className='uh-btn uh-btn--ghost uh-btn--small' disabled={busy || undefined} onClick={addImage}>
                添加图片
              </Button>
            </View>
          </Field>

          <Field label='发送范围（选中的单位含其下属单位）'>
            <AudienceChips options={output.units} chosen={units} onChange={setUnits} skin={UNIT_SKIN} />
          </Field>

          <Field label='人员（不选即全体）'>
            <AudienceChips options={ROLE_OPTIONS} chosen={roles} onChange={setRoles} skin={CHIP_SKIN} />
          </Field>

          <View className='uh-card uh-row'>
            <Text>置顶</Text>
            <Toggle checked={pinned} onChange={setPinned} />
          </View>

          <ScheduleCard scheduled={scheduled} when={when} onScheduled={setScheduled} onWhen={setWhen} />

          <LinkField targets={output.linkTargets} link={link} onChange={setLink} />

          <Button className='uh-btn uh-btn--ghost' onClick={() => setPreview(true)}>
            预览
          </Button>
          <View className='notice-admin-compose__row'>
            <Button
              className='uh-btn uh-btn--ghost notice-admin-compose__grow'
              disabled={busy || undefined}
              onClick={saveDraft}
            >
              保存草稿
            </Button>
            <Button className='uh-btn notice-admin-compose__grow' disabled={busy || undefined} onClick={publish}>
              {scheduled ? '定时发布' : '发布'}
            </Button>
          </View>
        </View>
      )}
    </Screen>
  );
}
