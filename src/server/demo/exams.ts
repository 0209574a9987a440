import type { Db } from '../db/connect.js';
import type { Actor } from '../lib/actor.js';
import { DEMO_CASE_TRAINEE_NO } from './evaluation.js';
import { mulberry32 } from './names.js';
import * as attempts from '../modules/exams/attempts/attempts.service.js';
import * as daily from '../modules/exams/daily/daily.service.js';
import * as exams from '../modules/exams/sessions/exams.service.js';
import * as grading from '../modules/exams/grading/grading.service.js';
import * as papers from '../modules/exams/papers/papers.service.js';
import * as practical from '../modules/exams/daily/practical.service.js';
import * as questions from '../modules/exams/questions/questions.service.js';
import { QuestionInput } from '../../common/exams-questions.js';
import { nowMs } from '../lib/clock.js';
import { demoActor } from './demo-actor.js';

// Demo assessments (issue 4) on top of the demo center: a small bank over the five course areas,
// a first-week theory exam the cohort has taken and passed (graded, released), a random-paper exam
// open now, a practical exam with scores, and last week's daily performance — all passing, so the
// evaluation demo decides who is at risk. Run by the server's first start and by `seed-demo`,
// never by the test harness.

const BANK = [
  {
    type: 'single',
    stem: '接听来电时，标准开场白应为？',
    options: [
      { text: '您好，XX银行，很高兴为您服务', correct: true },
      { text: '喂，你好' },
      { text: '请讲' },
      { text: '有什么事' },
    ],
    course: '服务理念与沟通技巧',
    knowledgePoint: '开场白',
    difficulty: 'easy',
    explanation: '开场白须包含问候、自报家门与服务意愿。',
  },
  {
    type: 'single',
    stem: '客户情绪激动时，首先应当？',
    options: [{ text: '耐心倾听并表示理解', correct: true }, { text: '立即解释规定' }, { text: '转接上级' }],
    course: '服务理念与沟通技巧',
    knowledgePoint: '情绪安抚',
    difficulty: 'medium',
    explanation: '先处理情绪，再处理事情。',
  },
  {
    type: 'multiple',
    stem: '以下哪些属于客户敏感信息？',
    options: [
      { text: '身份证号', correct: true },
      { text: '银行卡密码', correct: true },
      { text: '手机验证码', correct: true },
      { text: '网点地址' },
    ],
    course: '法律与风险',
    knowledgePoint: '数据隐私',
    difficulty: 'medium',
    explanation: '敏感信息不得在通话中索取或泄露。',
  },
  {
    type: 'multiple',
    stem: '投诉处理的基本步骤包括？',
    options: [
      { text: '倾听', correct: true },
      { text: '致歉', correct: true },
      { text: '提出方案', correct: true },
      { text: '争辩' },
    ],
    course: '服务理念与沟通技巧',
    knowledgePoint: '投诉处理',
    difficulty: 'hard',
    explanation: '倾听—致歉—方案—跟进。',
  },
  {
    type: 'true_false',
    stem: '客服可以在电话中询问客户的完整交易密码。',
    answer: false,
    course: '法律与风险',
    knowledgePoint: '数据隐私',
    difficulty: 'easy',
    explanation: '任何情况下都不得索要密码。',
  },
  {
    type: 'true_false',
    stem: '首问负责制要求第一位接待的坐席跟进到底。',
    answer: true,
    course: '企业概况与规章制度',
    knowledgePoint: '规章制度',
    difficulty: 'easy',
    explanation: '首问负责，一跟到底。',
  },
  {
    type: 'fill_blank',
    stem: '本行客服热线号码是 ____。',
    blanks: [{ accepted: ['95555', '955-55'] }],
    course: '业务知识与系统操作',
    knowledgePoint: '服务渠道',
    difficulty: 'easy',
    explanation: '热线 95555，7x24 小时服务。',
  },
  {
    type: 'fill_blank',
    stem: '信用卡挂失后，原卡 ____ 停止使用；补卡一般 ____ 个工作日寄出。',
    blanks: [{ accepted: ['立即', '马上'] }, { accepted: ['7', '七'] }],
    course: '业务知识与系统操作',
    knowledgePoint: '信用卡',
    difficulty: 'medium',
  },
  {
    type: 'short_answer',
    stem: '简述“首问负责制”的含义。',
    referenceAnswer: '第一位受理的员工负责跟进直至问题解决或转交到位。',
    rubric: '说出“首问”2 分，说出“跟进到底”3 分。',
    course: '企业概况与规章制度',
    knowledgePoint: '规章制度',
    difficulty: 'medium',
    points: 5,
  },
  {
    type: 'essay',
    stem: '请描述一次你安抚情绪激动客户的过程，并总结经验。',
    rubric: '共情表达 4 分；复述确认 3 分；解决方案 3 分。',
    course: '服务理念与沟通技巧',
    knowledgePoint: '情绪安抚',
    difficulty: 'hard',
    points: 10,
  },
  {
    type: 'single',
    stem: '工单系统中，客户投诉工单的首次回访时限为？',
    options: [{ text: '24 小时内', correct: true }, { text: '3 天内' }, { text: '一周内' }],
    course: '业务知识与系统操作',
    knowledgePoint: '工单系统',
    difficulty: 'medium',
  },
  {
    type: 'true_false',
    stem: '通话结束时应由客户先挂机。',
    answer: true,
    course: '职业素养与心态',
    knowledgePoint: '电话礼仪',
    difficulty: 'easy',
  },
] as const;

export async function seedExamDemo(db: Db) {
  const rand = mulberry32(20261125);
  const training = await demoActor(db, 'training');
  const trainer = await demoActor(db, 'trainer');
  const ids: string[] = [];
  for (const q of BANK)
    ids.push(await questions.createQuestion(db, trainer, QuestionInput.parse({ ...q, tags: [q.knowledgePoint] })));
  const team = await db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirstOrThrow();
  const cohort = await db
    .selectFrom('employees as e')
    .leftJoin('users as u', 'u.employee_id', 'e.id')
    .select(['e.id', 'e.employee_no', 'e.name', 'e.team_id', 'u.username'])
    .where('e.team_id', '=', team.id)
    .orderBy('e.employee_no')
    .execute();
  const hour = 3600_000;
  const iso = (ms: number) => new Date(nowMs() + ms).toISOString();

  // A first-week exam the cohort has taken: fixed paper, graded and released. Every trainee
  // passed it (about 64–100): a failed theory exam already puts a trainee one fail from
  // criterion 1 of the evaluation (SPEC §6), and the evaluation demo keeps its warnings to the
  // people it picks. Right and wrong answers are decided per question of the bank and the marks
  // of the written answers beforehand — not per shuffled item — so every load gives the same results.
  const fixed = await papers.createPaper(db, trainer, {
    title: '新员工第一周理论考核卷',
    mode: 'fixed',
    items: ids.map((questionId) => ({ questionId })),
    rules: [],
  });
  const past = await exams.createExam(db, trainer, {
    title: '新员工第一周理论考核',
    kind: 'theory',
    paperId: fixed,
    opensAt: iso(-48 * hour),
    closesAt: iso(24 * hour),
    timeLimitMinutes: 60,
    maxAttempts: 1,
    shuffleQuestions: true,
    shuffleOptions: true,
    course: '综合',
  });
  await exams.setExaminees(db, trainer, past, { employeeIds: cohort.map((c) => c.id), teamIds: [] });
  await exams.openExam(db, trainer, past);
  const written = (q: (typeof BANK)[number]) => q.type === 'short_answer' || q.type === 'essay';
  const objective = ids.filter((_, i) => !written(BANK[i]));
  const marks = new Map<string, number>(); // attempt item → share of its points the grader gives
  for (const [n, p] of cohort.entries()) {
    const me: Actor = {
      ...trainer,
      userId: `demo-${n}`,
      username: p.username ?? `demo-${n}`,
      name: p.name,
      roles: ['agent'],
      employeeId: p.id,
      teamId: p.team_id,
    };
    // Up to three of the ten objective questions wrong; written answers worth 60–100 % of their points.
    // The trainee the evaluation demo puts on the elimination list scraped through (64).
    const scraped = p.employee_no === DEMO_CASE_TRAINEE_NO;
    const misses = scraped ? 3 : Math.floor(rand() * 4);
    const wrong = new Set<string>();
    while (wrong.size < misses) wrong.add(objective[Math.floor(rand() * objective.length)]);
    const share = new Map(ids.filter((_, i) => written(BANK[i])).map((id) => [id, scraped ? 0.6 : 0.6 + rand() * 0.4]));
    const v = await attempts.startAttempt(db, me, past);
    for (const item of v.items) {
      const q = await questions.getQuestion(db, item.questionId);
      const right = !wrong.has(item.questionId);
      const answer =
        item.type === 'single'
          ? { optionIds: [q.options.find((o) => o.correct === right)?.id ?? q.options[0].id] }
          : item.type === 'multiple'
            ? { optionIds: q.options.filter((o) => o.correct === right).map((o) => o.id) }
            : item.type === 'true_false'
              ? { value: right ? q.answer : !q.answer }
              : item.type === 'fill_blank'
                ? { blanks: q.blanks.map((b) => (right ? b.accepted[0] : '不清楚')) }
                : { text: '先倾听客户诉求并表示理解，复述确认问题，再给出可行方案并跟进。' };
      await attempts.saveAnswer(db, me, v.attemptId, item.questionId, answer);
    }
    await attempts.submit(db, me, v.attemptId);
    const manual = await db
      .selectFrom('exam_attempt_items')
      .select(['id', 'question_id'])
      .where('attempt_id', '=', v.attemptId)
      .where('manual', '=', 1)
      .execute();
    for (const m of manual) marks.set(m.id, share.get(m.question_id) ?? 0.6);
  }
  await exams.closeExam(db, trainer, past);
  for (const task of await grading.queue(db, trainer, { examId: past, state: 'pending' })) {
    const share = marks.get(task.itemId) ?? 0.6;
    await grading.gradeItem(db, trainer, task.itemId, {
      score: Math.round(task.points * share * 2) / 2,
      comment: share >= 0.8 ? '要点完整，表达清晰' : '要点基本完整，细节需加强',
    });
  }

  // An exam open now, drawn at random by rules, for the cohort (the demo trainee can take it).
  const random = await papers.createPaper(db, trainer, {
    title: '第二周随机抽题卷',
    mode: 'random',
    items: [],
    rules: [
      { count: 3, type: 'single', points: 2 },
      { count: 2, type: 'multiple', points: 3 },
      { count: 2, type: 'true_false' },
      { count: 1, type: 'fill_blank', points: 2 },
      { count: 1, type: 'essay' },
    ],
  });
  const open = await exams.createExam(db, trainer, {
    title: '新员工第二周理论考核',
    kind: 'theory',
    paperId: random,
    opensAt: iso(-hour),
    closesAt: iso(7 * 24 * hour),
    timeLimitMinutes: 30,
    maxAttempts: 2,
    shuffleQuestions: true,
    shuffleOptions: true,
  });
  await exams.setExaminees(db, trainer, open, { employeeIds: [], teamIds: [team.id] });
  await exams.openExam(db, trainer, open);

  // A practical exam (simulated calls) with scores for part of the cohort, all passing: each
  // trainee's level is 66–92 and each dimension within 6 points of it, so the weighted total
  // (a weighted mean) cannot fall below 60 — a failed practical would be one step from criterion 2.
  const prac = await exams.createExam(db, trainer, {
    title: '模拟来电实践考核',
    kind: 'practical',
    opensAt: iso(-24 * hour),
    closesAt: iso(6 * 24 * hour),
    maxAttempts: 1,
    shuffleQuestions: false,
    shuffleOptions: false,
  });
  await exams.setExaminees(db, trainer, prac, { employeeIds: cohort.map((c) => c.id), teamIds: [] });
  await exams.openExam(db, trainer, prac);
  for (const p of cohort.slice(0, 12)) {
    const level = 66 + rand() * 26;
    const s = () => Math.round(level + (rand() - 0.5) * 12);
    await practical.record(db, trainer, prac, {
      employeeId: p.id,
      scenario: 'simulated_call',
      scores: { communication: s(), problemSolving: s(), serviceAttitude: s(), emergencyHandling: s() },
      comments: '语速适中，需加强业务熟练度',
    });
  }

  // Last week's daily performance for the cohort, scored by the training manager: 66–100, so none
  // fails (a failed daily result opens a follow-up and counts toward criterion 3).
  const lastWeek = await daily.periodOf(db, new Date(nowMs() - 7 * 24 * hour).toISOString().slice(0, 10));
  for (const p of cohort) {
    await daily.create(db, training, {
      employeeId: p.id,
      periodStart: lastWeek.periodStart,
      kind: 'regular',
      attendance: 24 + Math.round(rand() * 6),
      attitude: 18 + Math.round(rand() * 12),
      teamwork: 24 + Math.round(rand() * 16),
      comments: '学习积极，按时完成练习',
    });
  }
  return { questions: ids.length, exams: 3 };
}
