// Deterministic Chinese names for demo data: the same seed gives the same center every time.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁欣悦晨曦雪梦琳婷颖雅思佳怡嘉雨晴子涵梓萱一诺若彤可馨天佑博文浩然宇轩子墨雨泽皓轩';

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function nameMaker(rand: () => number) {
  const used = new Set<string>();
  const pick = (s: string) => s[Math.floor(rand() * s.length)];
  return () => {
    for (;;) {
      const given = rand() < 0.6 ? pick(GIVEN) + pick(GIVEN) : pick(GIVEN);
      const name = pick(SURNAMES) + given;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
