// errorCode texts of the decks part of /api/drills (issue 20).
export default {
  EMPTY_CARD: '卡片的题目和答案都不能为空',
  CARD_CHOICES_COUNT: '选择题需要 2 至 8 个非空选项',
  CARD_CHOICES_DUPLICATE: '选择题的选项不能重复',
  CARD_ANSWER_NOT_IN_CHOICES: '选择题的答案必须是其中一个选项',
  CARD_CLOZE_NO_BLANK: '填空题的答案里至少要用 [[ ]] 标出一处空白，例如：请拨打[[95598]]',
  CARD_TOO_LONG: '内容太长：题目最多 2000 字，答案最多 5000 字，每个选项最多 500 字',
  DECK_NAME_TAKEN: '已有同名的启用卡组，请换一个名称',
  DECK_ARCHIVED: '卡组已归档，请先恢复卡组再修改其中的卡片',
  CARD_ORDER_MISMATCH: '排序必须包含卡组中每张启用的卡片且各一次，请刷新后重试',
  UNKNOWN_DECK: '卡组不存在或已归档（按卡组名称匹配启用的卡组）',
  BAD_KIND: '类型无法识别：请填写 默写、选择、填空 或 朗读',
  DUPLICATE_CARD: '卡组中已有同类型、同题目的卡片（或文件中前面已有一行相同的）',
  DRILL_IMPORT_HAS_ERRORS: '文件有 {count} 处错误，未导入任何卡片。请按预览修改后重新上传',
};
