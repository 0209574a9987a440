// bench:pages (issue 23) — filled in by the speed-and-scale work; see scripts/bench/README-pages.md.
console.log('bench:pages: not written yet');
