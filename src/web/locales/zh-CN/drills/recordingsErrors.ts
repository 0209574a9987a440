// errorCode texts of the recordings part of /api/drills (issue 20).
export default {
  RECORDING_NO_CARD: '请先选择要朗读的卡片',
  RECORDING_BAD_SECONDS: '录音时长无效，请重新录制',
  RECORDING_TOO_LONG: '录音不能超过 {max} 秒，请精简后重录',
  RECORDING_BAD_TYPE: '只能上传录音文件（webm、ogg、m4a、mp3、wav）',
  RECORDING_NOT_READ_ALOUD: '只有朗读卡片可以上传录音',
  RECORDING_NOT_YOURS: '这段录音不是你的，不能用于本次作答',
  RECORDING_OTHER_CARD: '这段录音是另一张卡片的，请重新录制',
  RECORDING_ALREADY_LINKED: '这段录音已用于一次作答，请重新录制',
};
