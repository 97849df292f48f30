import { View, Text } from '@tarojs/components';
import type { ImportReport } from '@domain/contract/member';

/** The check report: counts, then every bad row with its sheet row number and what is wrong. */
export function ReportView({ fileName, report }: { fileName: string; report: ImportReport }) {
  return (
    <View className='uh-card imp-report'>
      <View className='uh-card__title'>「{fileName}」检查结果</View>
      <View className='imp-report__counts'>
        <Count label='数据行' value={report.totalRows} />
        <Count label='可导入' value={report.goodRows} tone='ok' />
        <Count label='有问题' value={report.badRows} tone={report.badRows ? 'bad' : undefined} />
      </View>
      <View className='uh-muted'>
        其中新增 {report.newRows} 人{report.pendingToVerify > 0 ? `，导入后 ${report.pendingToVerify} 名待审核人员将自动通过核验` : ''}。有问题的行不会导入，请在 Excel 中改正后重新导入。
      </View>
      {report.errors.length > 0 && (
        <View className='imp-report__errors'>
          {report.errors.map((e) => (
            <View key={e.row} className='imp-report__error'>
              <Text className='imp-report__row'>第 {e.row} 行</Text>
              <Text className='uh-muted'>
                {e.name || '（无姓名）'} {e.employeeNo}
              </Text>
              <View className='uh-danger imp-report__reasons'>{e.reasons.join('；')}</View>
            </View>
          ))}
          {report.errorsTruncated && <View className='uh-muted'>仅显示前 {report.errors.length} 个有问题的行。</View>}
        </View>
      )}
    </View>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone?: 'ok' | 'bad' }) {
  return (
    <View className='imp-report__count'>
      <Text className={`uh-big ${tone === 'ok' ? 'uh-ok' : tone === 'bad' ? 'uh-danger' : ''}`}>{value}</Text>
      <Text className='uh-muted'>{label}</Text>
    </View>
  );
}
