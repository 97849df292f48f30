/** A lesson's minimum study time in words: `30秒`, `5分钟`. */
export const studyTime = (seconds: number): string =>
  seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`;
