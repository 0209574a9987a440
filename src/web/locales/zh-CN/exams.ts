// 考试测评 (issue 4): question bank, papers, exams, taking an exam, grading.
export default {
  menu: { group: '考试测评', my: '我的考试', questions: '题库', papers: '试卷', manage: '考试', grading: '阅卷', followups: '成绩跟进', daily: '日常表现' },
  types: { single: '单选题', multiple: '多选题', true_false: '判断题', fill_blank: '填空题', matching: '匹配题', numerical: '数值题', short_answer: '简答题', essay: '论述题' },
  difficulty: { easy: '简单', medium: '中等', hard: '困难' },
  status: { draft: '草稿', open: '进行中', closed: '已结束', released: '已发布成绩' },
  fields: {
    category: '分类', pairs: '匹配对', numeric: '数值答案', units: '单位', unitPenalty: '单位错误扣分比例', wildcards: '允许 * 通配符',
    type: '题型', stem: '题干', difficulty: '难度', points: '分值', tags: '标签', tag: '标签', version: '版本', options: '选项',
    correct: '正确', answer: '答案', blanks: '填空答案', rubric: '评分标准', referenceAnswer: '参考答案', explanation: '解析',
    reason: '修改原因', title: '名称', updatedAt: '更新时间', employeeNo: '工号', name: '姓名', team: '班组',
  },
  bank: {
    export: '导出 Excel', exportMoodle: '导出 Moodle XML', exportGift: '导出 GIFT', exportMenu: '导出', category: '分类（含子分类）',
    pairsHint: '每行一对：题目 -> 答案；只写 -> 答案 表示额外的干扰答案', numericHint: '每行一个答案：数值 ± 误差 得分%，如 3.14 ± 0.01 100%', unitsHint: '每行一个单位：单位 倍数，第一个为基本单位，如 m 1、cm 100',
    keptHint: '从 Moodle 导入的部分答案、逐项反馈和图片会原样保留。', title: '题库', import: '导入试题', new: '新建试题', edit: '编辑试题', search: '搜索题干', saved: '试题已保存',
    addOption: '添加选项', blanksHint: '每行一个空；同一空的多个可接受答案用 | 分隔',
    history: '历史版本', archive: '归档', archiveConfirm: '归档后该题不会再被抽取或加入试卷，已有答卷不受影响。确定归档？', archived: '试题已归档',
  },
  history: {
    title: '历史版本', version: '第 {n} 版', current: '当前版本', by: '修改人：{name}', changed: '有改动', noChange: '内容无改动',
    first: '初始版本', hint: '标黄的内容与上一版本不同。',
  },
  import: {
    title: '导入试题', intro: '支持 GIFT、Moodle XML 和 Excel 模板。上传后先预览，确认无误再导入；不支持的题型会列出并跳过。',
    format: '文件格式', auto: '按扩展名识别', template: '下载 Excel 模板', drag: '点击或拖拽文件到此处上传', uploading: '正在读取…',
    willCreate: '将新建 {n} 道试题', skipped: '以下 {n} 道题的题型不支持，已跳过（不会导入）', errors: '{n} 道题有错误，请修正文件后重新上传',
    notSupported: '不支持此题型', warnings: '{n} 条内容未能完整保留（题目仍会导入）：',
    skipTypes: { calculated: '计算题', ddwtos: '拖放题', gapselect: '下拉选词题', multianswer: '完形填空（嵌入式）题', description: '说明文字' },
    commit: '确认导入 {n} 道题', committed: '已导入 {n} 道试题',
  },
  papers: {
    title: '试卷', new: '新建试卷', saved: '试卷已保存', mode: '组卷方式', random: '随机抽题', fixed: '固定试题', rules: '抽题规则',
    rule: '规则', count: '题数', pointsEach: '每题分值', addRule: '添加规则', needed: '需要', available: '可用', enough: '题量充足',
    short: '题量不足', shortHint: '有规则的可用试题不足，考试将无法开始。请补充试题或调整规则。', questions: '试题', content: '内容',
    nQuestions: '{n} 道题', anyType: '任意题型', pointsN: '{n} 分',
  },
  manage: {
    graders: '阅卷人', gradersHint: '默认由出卷人阅卷；可另选讲师', gradersSaved: '阅卷人已保存',
    title: '考试', new: '新建考试', created: '考试已创建（草稿）', paper: '试卷', window: '考试时间', timeLimit: '限时（分钟）',
    maxAttempts: '可考次数', passMark: '及格分', shuffleQuestions: '题目乱序', shuffleOptions: '选项乱序', course: '课程',
    status: '状态', opensAt: '开始', closesAt: '结束', examinees: '考生', released: '成绩发布', setExaminees: '设置考生',
    teams: '按班组', people: '按人员', examineesSaved: '考生已保存，共 {n} 人', open: '发布考试', close: '结束考试',
    closeConfirm: '结束后考生不能再作答，进行中的答卷将按已保存的答案提交。确定结束？', release: '发布成绩',
    results: '成绩', itemAnalysis: '试题分析',
    done: { open: '考试已发布', close: '考试已结束', release: '成绩已发布' },
  },
  results: {
    attemptNo: '次数', submittedAt: '交卷时间', auto: '超时自动交卷', score: '得分', passed: '是否及格', pass: '及格', fail: '不及格',
    pending: '待阅卷',
  },
  analysis: {
    notEnough: '已有 {n} 份答卷，至少 {min} 份时指标才有参考意义', attempts: '作答数', facility: '难度系数', discrimination: '区分度',
  },
  my: {
    feedback: '我的反馈与改进计划', title: '我的考试', state: '状态', states: { upcoming: '未开始', open: '可参加', closed: '已结束' }, attempts: '已考次数',
    results: '成绩', start: '开始考试', resume: '继续作答', attemptStatus: { in_progress: '作答中', waiting: '已交卷，待发布成绩' },
  },
  take: {
    true: '正确', false: '错误', blank: '第 {n} 空', textPlaceholder: '请输入你的答案', choose: '请选择', number: '请输入数值', units: '可带单位：{units}', progress: '已答 {n} / {total}',
    submit: '交卷', submitConfirm: '确定交卷？', unanswered: '还有 {n} 道题未作答，交卷后不能修改。', allAnswered: '全部题目已作答，交卷后不能修改。',
    submitted: '已交卷', timeUp: '考试时间已到，系统已按已保存的答案自动交卷', afterSubmit: '成绩发布后可在“我的考试”中查看成绩、答案和解析。',
    backToMy: '返回我的考试', hint: '答案会自动保存。关闭页面或断网后重新进入，可以从上次的位置继续作答。',
    save: { pending: '待保存…', saving: '保存中…', saved: '已保存', retrying: '网络异常，正在重试…' },
  },
  result: { feedback: '答案反馈', mine: '我的答案', correct: '正确答案', noAnswer: '（未作答）', comment: '阅卷评语' },
  followups: {
    title: '成绩跟进', open: '进行中', closedTab: '已关闭', closed: '跟进已关闭', source: '来源', talk: '面谈', plan: '改进计划',
    missing: '未记录', recordTalk: '记录面谈', recordPlan: '制定计划', closeConfirm: '面谈和计划都已记录，关闭此跟进？',
    talkAt: '面谈时间', notes: '面谈记录（仅管理人员可见）', feedback: '给学员的反馈', dueDate: '完成日期',
    kinds: { theory: '理论', practical: '实操', daily: '日常表现' },
  },
  daily: {
    title: '日常表现', pick: '选择员工', date: '评价周期', period: '评价周期：{start} 至 {end}',
    noPrefill: '该周期没有培训考勤记录，请手动填写出勤分', prefilled: '出勤分已按培训考勤预填：{n}（可修改）',
    attendance: '出勤（30）', attitude: '学习态度（30）', teamwork: '团队协作（40）', saved: '评分已保存', auto: '考勤',
  },
  practical: {
    scoring: '实操评分', scenario: '场景', saved: '实操评分已保存，总分 {total}', total: '加权总分：{n}', scoredAt: '评分时间',
    scenarios: { role_play: '角色扮演', simulated_call: '模拟来电', real_call: '真实通话', complaint: '投诉处理' },
    criteria: { communication: '沟通能力', problemSolving: '问题解决', serviceAttitude: '服务态度', emergencyHandling: '应急处理' },
  },
  grading: {
    title: '阅卷', pending: '待阅', graded: '已阅', all: '全部', blind: '匿名阅卷：只显示答卷编号，不显示考生姓名。',
    empty: '没有需要阅卷的答案', score: '得分', comment: '评语', saved: '评分已保存', marked: '已评 {score} / {points}',
  },
};
