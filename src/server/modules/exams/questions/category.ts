// Category paths as Moodle writes them: `$course$/top/业务/信用卡`. The context (`$course$`,
// `$system$`…) and Moodle's `top` level say where the category lives in Moodle, not what it is,
// so a question kept as `$course$/业务/信用卡` is in `业务` and in `业务/信用卡` whatever context
// the filter names.

/** The path as stored: trimmed parts, `top` dropped, the context kept in front. */
export function normalizeCategory(path: string): string | null {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  const context = parts.length && /^\$\w+\$$/.test(parts[0]) ? parts.shift()! : null;
  while (parts.length && (parts[0].toLowerCase() === 'top' || parts[0] === '默认')) parts.shift();
  if (!parts.length) return null;
  return [...(context ? [context] : []), ...parts].join('/').slice(0, 300);
}

const meaningful = (path: string) =>
  path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p && !/^\$\w+\$$/.test(p) && p.toLowerCase() !== 'top');

/** True when `category` is `root` or lies under it. */
export function inCategory(category: string | null, root: string | undefined): boolean {
  if (!root) return true;
  if (!category) return false;
  const want = meaningful(root);
  const have = meaningful(category);
  return want.length <= have.length && want.every((p, i) => p === have[i]);
}
