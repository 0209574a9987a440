// 朗读点评的通知文字（issue 20），按通知类型；并入 notifications.kinds。
export default {
  drills_recording_rated: '{name} 点评了你朗读的「{card}」：{rating} 分（满分 5 分）',
};
