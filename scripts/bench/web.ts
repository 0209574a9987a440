// bench:web (issue 23) — filled in by the speed-and-scale work; see scripts/bench/README-web.md.
console.log('bench:web: not written yet');
